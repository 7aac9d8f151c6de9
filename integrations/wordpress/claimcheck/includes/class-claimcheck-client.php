<?php
/**
 * Calls claimcheck_server's HTTP port: POST /v1/text:check with the post's
 * HTML, and GET /healthz for the settings page. The only place the token is
 * read and sent.
 *
 *   $answer = Claimcheck_Client::check_html( 42, '<p>ICE arrested 498 people ...</p>' );
 *   if ( $answer['ok'] ) { $response = $answer['response']; }  // CheckTextResponse, as decoded JSON
 *   else { echo $answer['kind'], ': ', $answer['message']; }   // "unreachable: claimcheck could not be reached at ..."
 *
 * A failure is never an exception: it is an array with "kind" (unreachable,
 * token, rejected, too_large, not_found, error) and a message for people.
 *
 * @package claimcheck
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The HTTP client of claimcheck_server.
 */
class Claimcheck_Client {

	/**
	 * In lower case on purpose. Without PHP's curl extension WordPress talks
	 * HTTP through fsockopen, reads until the server closes, and sends
	 * "Connection: Close"; cpp-httplib (claimcheck_server's HTTP gateway)
	 * only honours "close" and keeps the connection open, so every call
	 * would last until the timeout.
	 */
	const CONNECTION_CLOSE = 'close';

	/**
	 * Checks a post's HTML.
	 *
	 * @param int    $post_id The post's ID (sent as the article id).
	 * @param string $html    The post's content, as stored (block comments and all).
	 * @return array {ok: true, response: array} or {ok: false, kind, message, http_status}.
	 */
	public static function check_html( $post_id, $html ) {
		$body = wp_json_encode(
			array(
				'articleId' => 'wordpress-post-' . (int) $post_id,
				'html'      => (string) $html,
			)
		);
		if ( false === $body ) {
			return self::failure( 'rejected', __( 'The post\'s text is not valid UTF-8, so it could not be sent to claimcheck.', 'claimcheck' ) );
		}
		return self::post( '/v1/text:check', $body );
	}

	/**
	 * Whether claimcheck answers at the configured URL and accepts the token,
	 * in words for the settings page.
	 *
	 * @return array {ok: bool, message: string}
	 */
	public static function probe() {
		$url   = Claimcheck_Settings::get( 'url' );
		$reply = wp_remote_get(
			$url . '/healthz',
			array(
				'timeout' => 3,
				'headers' => array( 'Connection' => self::CONNECTION_CLOSE ),
			)
		);
		if ( is_wp_error( $reply ) ) {
			return array(
				'ok'      => false,
				/* translators: 1: URL, 2: the error */
				'message' => sprintf( __( 'claimcheck could not be reached at %1$s: %2$s', 'claimcheck' ), $url, $reply->get_error_message() ),
			);
		}
		$health = json_decode( wp_remote_retrieve_body( $reply ), true );
		$state  = is_array( $health ) && isset( $health['status'] ) ? (string) $health['status'] : '';
		if ( 'SERVING' !== $state ) {
			return array(
				'ok'      => false,
				/* translators: 1: URL, 2: HTTP status */
				'message' => sprintf( __( 'Something answers at %1$s, but not as claimcheck_server does (GET /healthz gave HTTP %2$d).', 'claimcheck' ), $url, wp_remote_retrieve_response_code( $reply ) ),
			);
		}
		// A one-word text tells whether the token is accepted.
		$answer = self::post( '/v1/text:check', wp_json_encode( array( 'text' => 'claimcheck settings page' ) ), 5 );
		if ( ! $answer['ok'] ) {
			return array(
				'ok'      => false,
				'message' => $answer['message'],
			);
		}
		return array(
			'ok'      => true,
			/* translators: %s: URL */
			'message' => sprintf( __( 'claimcheck answers at %s and accepts the token.', 'claimcheck' ), $url ),
		);
	}

	/**
	 * Posts a JSON body to claimcheck and sorts out the answer.
	 *
	 * @param string   $path    The path, such as /v1/text:check.
	 * @param string   $body    The JSON body.
	 * @param int|null $timeout Seconds, or null for the setting.
	 * @return array
	 */
	private static function post( $path, $body, $timeout = null ) {
		$url     = Claimcheck_Settings::get( 'url' );
		$headers = array(
			'Content-Type' => 'application/json',
			'Accept'       => 'application/json',
			'Connection'   => self::CONNECTION_CLOSE,
		);
		$token   = Claimcheck_Settings::token();
		if ( '' !== $token ) {
			$headers['Authorization'] = 'Bearer ' . $token;
		}
		$reply = wp_remote_post(
			$url . $path,
			array(
				'headers'     => $headers,
				'body'        => $body,
				'timeout'     => null === $timeout ? (int) Claimcheck_Settings::get( 'timeout' ) : $timeout,
				'data_format' => 'body',
			)
		);
		if ( is_wp_error( $reply ) ) {
			return self::failure(
				'unreachable',
				/* translators: 1: URL, 2: the error */
				sprintf( __( 'claimcheck could not be reached at %1$s: %2$s', 'claimcheck' ), $url, $reply->get_error_message() )
			);
		}
		$status  = (int) wp_remote_retrieve_response_code( $reply );
		$decoded = json_decode( wp_remote_retrieve_body( $reply ), true );
		if ( 200 === $status ) {
			if ( ! is_array( $decoded ) ) {
				return self::failure( 'error', __( 'claimcheck answered, but not with JSON.', 'claimcheck' ), $status );
			}
			return array(
				'ok'       => true,
				'response' => $decoded,
			);
		}
		$detail = self::error_text( $decoded );
		switch ( $status ) {
			case 401:
			case 403:
				return self::failure(
					'token',
					/* translators: 1: HTTP status, 2: claimcheck's message */
					sprintf( __( 'claimcheck did not accept the token set in Settings > claimcheck (HTTP %1$d: %2$s).', 'claimcheck' ), $status, $detail ),
					$status
				);
			case 413:
				return self::failure(
					'too_large',
					/* translators: %s: size in bytes */
					sprintf( __( 'This post is too large for claimcheck to check (%s bytes sent). Split it, or raise the server\'s --max_message_bytes.', 'claimcheck' ), number_format_i18n( strlen( $body ) ) ),
					$status
				);
			case 400:
				return self::failure(
					'rejected',
					/* translators: %s: claimcheck's message */
					sprintf( __( 'claimcheck could not read this post: %s', 'claimcheck' ), $detail ),
					$status
				);
			case 404:
				return self::failure(
					'not_found',
					/* translators: %s: URL */
					sprintf( __( 'claimcheck at %s does not offer POST /v1/text:check (HTTP 404): it may be an older claimcheck_server, or the URL may point elsewhere.', 'claimcheck' ), $url ),
					$status
				);
			default:
				return self::failure(
					'error',
					/* translators: 1: HTTP status, 2: claimcheck's message */
					sprintf( __( 'claimcheck could not check this post (HTTP %1$d: %2$s).', 'claimcheck' ), $status, $detail ),
					$status
				);
		}
	}

	/**
	 * The message of a Google JSON error, with its field violations.
	 *
	 * @param mixed $decoded The decoded body.
	 * @return string
	 */
	private static function error_text( $decoded ) {
		if ( ! is_array( $decoded ) || ! isset( $decoded['error'] ) || ! is_array( $decoded['error'] ) ) {
			return __( 'no details', 'claimcheck' );
		}
		$message = (string) ( $decoded['error']['message'] ?? '' );
		$parts   = array( $message );
		foreach ( (array) ( $decoded['error']['details'] ?? array() ) as $detail ) {
			foreach ( (array) ( $detail['fieldViolations'] ?? array() ) as $violation ) {
				$description = (string) ( $violation['description'] ?? '' );
				// The message often says the same already.
				if ( '' !== $description && false === strpos( $message, $description ) ) {
					$parts[] = ( $violation['field'] ?? '' ) . ': ' . $description;
				}
			}
		}
		return implode( '; ', array_filter( $parts, 'strlen' ) );
	}

	/**
	 * A failed call.
	 *
	 * @param string $kind        unreachable, token, rejected, too_large, not_found or error.
	 * @param string $message     For people.
	 * @param int    $http_status The HTTP status, 0 when there was none.
	 * @return array
	 */
	private static function failure( $kind, $message, $http_status = 0 ) {
		return array(
			'ok'          => false,
			'kind'        => $kind,
			'message'     => $message,
			'http_status' => $http_status,
		);
	}
}
