<?php
/**
 * The REST routes the block editor's panel calls. The browser sends the
 * editor's current content with WordPress's REST nonce (X-WP-Nonce, which
 * wp.apiFetch adds); the plugin checks it with claimcheck and answers the
 * review. The token stays on the server.
 *
 *   POST /wp-json/claimcheck/v1/check     {post_id, content}          -> review
 *   POST /wp-json/claimcheck/v1/override  {post_id, content, reason}  -> review (state "overridden")
 *
 * Both need edit_post on the post; the override also needs the
 * claimcheck_override capability (editors and administrators).
 *
 * @package claimcheck
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The plugin's REST routes.
 */
class Claimcheck_Rest {

	const NAMESPACE_V1      = 'claimcheck/v1';
	const MIN_REASON_LENGTH = 10;

	/** Hooks the routes. */
	public static function init() {
		add_action( 'rest_api_init', array( __CLASS__, 'register_routes' ) );
	}

	/** Registers the routes. */
	public static function register_routes() {
		$post_and_content = array(
			'post_id' => array(
				'type'     => 'integer',
				'required' => true,
				'minimum'  => 1,
			),
			'content' => array(
				'type'     => 'string',
				'required' => true,
			),
		);
		register_rest_route(
			self::NAMESPACE_V1,
			'/check',
			array(
				'methods'             => WP_REST_Server::CREATABLE,
				'callback'            => array( __CLASS__, 'check' ),
				'permission_callback' => array( __CLASS__, 'can_edit' ),
				'args'                => $post_and_content,
			)
		);
		register_rest_route(
			self::NAMESPACE_V1,
			'/override',
			array(
				'methods'             => WP_REST_Server::CREATABLE,
				'callback'            => array( __CLASS__, 'override' ),
				'permission_callback' => array( __CLASS__, 'can_override' ),
				'args'                => $post_and_content + array(
					'reason' => array(
						'type'     => 'string',
						'required' => true,
					),
				),
			)
		);
	}

	/**
	 * Whether the current user may edit the post named in the request.
	 *
	 * @param WP_REST_Request $request The request.
	 * @return true|WP_Error
	 */
	public static function can_edit( $request ) {
		if ( ! is_user_logged_in() ) {
			return new WP_Error(
				'claimcheck_not_logged_in',
				__( 'WordPress no longer recognises your login (it may have expired). Log in again in another tab, then check again; nothing in the editor is lost.', 'claimcheck' ),
				array( 'status' => 401 )
			);
		}
		$post_id = (int) $request['post_id'];
		if ( ! get_post( $post_id ) ) {
			return new WP_Error( 'claimcheck_no_post', __( 'That post does not exist (any more).', 'claimcheck' ), array( 'status' => 404 ) );
		}
		if ( ! current_user_can( 'edit_post', $post_id ) ) {
			return new WP_Error( 'claimcheck_forbidden', __( 'You are not allowed to edit this post.', 'claimcheck' ), array( 'status' => 403 ) );
		}
		return true;
	}

	/**
	 * Whether the current user may edit the post and override claimcheck.
	 *
	 * @param WP_REST_Request $request The request.
	 * @return true|WP_Error
	 */
	public static function can_override( $request ) {
		$can = self::can_edit( $request );
		if ( true !== $can ) {
			return $can;
		}
		if ( ! current_user_can( CLAIMCHECK_OVERRIDE_CAP ) ) {
			return new WP_Error(
				'claimcheck_cannot_override',
				__( 'Only an editor or administrator (a user with the claimcheck_override capability) can publish over claimcheck\'s findings.', 'claimcheck' ),
				array( 'status' => 403 )
			);
		}
		return true;
	}

	/**
	 * Checks the content sent and answers the review.
	 *
	 * @param WP_REST_Request $request The request.
	 * @return WP_REST_Response
	 */
	public static function check( $request ) {
		$post_id = (int) $request['post_id'];
		$review  = Claimcheck_Review::review( $post_id, (string) $request['content'] );
		$review['post'] = Claimcheck_Guard::status( $post_id );
		return rest_ensure_response( $review );
	}

	/**
	 * Stores an override of the content's blocking findings, with its reason.
	 *
	 * @param WP_REST_Request $request The request.
	 * @return WP_REST_Response|WP_Error
	 */
	public static function override( $request ) {
		$post_id = (int) $request['post_id'];
		$reason  = trim( sanitize_textarea_field( (string) $request['reason'] ) );
		if ( mb_strlen( $reason ) < self::MIN_REASON_LENGTH ) {
			return new WP_Error(
				'claimcheck_reason_required',
				/* translators: %d: minimum length */
				sprintf( __( 'Write why this post should be published over claimcheck\'s findings (at least %d characters). The reason is kept with the post.', 'claimcheck' ), self::MIN_REASON_LENGTH ),
				array( 'status' => 400 )
			);
		}
		$answer = Claimcheck_Client::check_html( $post_id, (string) $request['content'] );
		$review = Claimcheck_Review::decide( $post_id, $answer );
		if ( 'blocked' !== $review['state'] ) {
			return new WP_Error(
				'claimcheck_nothing_to_override',
				'unchecked_held' === $review['state']
					? __( 'claimcheck could not check this post, so there are no findings to override. An administrator can choose in Settings > claimcheck to publish unchecked posts with a notice.', 'claimcheck' )
					: __( 'Nothing holds this post back any more: check again.', 'claimcheck' ),
				array( 'status' => 409 )
			);
		}
		Claimcheck_Review::store_override( $post_id, $review, $reason );
		$review         = Claimcheck_Review::decide( $post_id, $answer );
		$review['post'] = Claimcheck_Guard::status( $post_id );
		return rest_ensure_response( $review );
	}
}
