<?php
/**
 * The publish guard: every transition of a post to "publish" or "future",
 * whatever starts it (the block editor, the REST API, the classic editor,
 * wp_insert_post in a script), is checked with the same rules as the panel.
 * A post that is held stays a draft (or pending, if it was pending), and why
 * is kept in the post meta "_claimcheck_hold", shown on the edit screens and
 * in the REST API's "claimcheck" field:
 *
 *   $id = wp_insert_post( array( 'post_content' => $denver_36, 'post_status' => 'publish' ) );
 *   get_post_status( $id );                          // "draft"
 *   get_post_meta( $id, '_claimcheck_hold', true );  // {message, findings: [...], time}
 *
 * A post published unchecked (claimcheck unreachable and the setting says
 * publish) keeps "_claimcheck_notice" instead. Updates to a post already
 * published are not checked here: the guard stops publication, it does not
 * unpublish.
 *
 * @package claimcheck
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The guard on the publish transition, and where its reasons are shown.
 */
class Claimcheck_Guard {

	/**
	 * What the last guarded insert decided, written to the post's meta once
	 * its ID is known (a new post has none in wp_insert_post_data).
	 *
	 * @var array|null
	 */
	private static $pending = null;

	/** Hooks the guard and its notices. */
	public static function init() {
		add_filter( 'wp_insert_post_data', array( __CLASS__, 'filter_post_data' ), 99, 2 );
		add_action( 'wp_insert_post', array( __CLASS__, 'record' ), 10, 1 );
		add_action( 'admin_notices', array( __CLASS__, 'admin_notice' ) );
		add_action( 'rest_api_init', array( __CLASS__, 'register_rest_field' ) );
	}

	/**
	 * The post types checked: posts and pages, unless a filter says otherwise.
	 *
	 * @return string[]
	 */
	public static function post_types() {
		return (array) apply_filters( 'claimcheck_post_types', array( 'post', 'page' ) );
	}

	/**
	 * Holds back a post on its way to "publish" or "future" when the review
	 * says so.
	 *
	 * @param array $data    Slashed post data about to be saved.
	 * @param array $postarr The data passed to wp_insert_post.
	 * @return array
	 */
	public static function filter_post_data( $data, $postarr ) {
		if ( ! in_array( $data['post_type'] ?? '', self::post_types(), true ) ) {
			return $data;  // Revisions saved in the middle of an update pass here too.
		}
		self::$pending = null;
		if ( ! in_array( $data['post_status'] ?? '', array( 'publish', 'future' ), true ) ) {
			return $data;
		}
		$post_id    = (int) ( $postarr['ID'] ?? 0 );
		$old_status = $post_id ? get_post_status( $post_id ) : 'new';
		if ( in_array( $old_status, array( 'publish', 'future' ), true ) ) {
			return $data;
		}

		$review = Claimcheck_Review::review( $post_id, wp_unslash( $data['post_content'] ?? '' ) );
		if ( $review['blocking'] ) {
			$data['post_status'] = 'pending' === $old_status ? 'pending' : 'draft';
			self::$pending       = array(
				'post_id' => $post_id,
				'hold'    => self::hold_record( $review ),
				'notice'  => null,
			);
		} else {
			self::$pending = array(
				'post_id' => $post_id,
				'hold'    => null,
				'notice'  => 'unchecked_allowed' === $review['state'] ? array(
					'message' => $review['unavailable']['message'],
					'time'    => gmdate( 'Y-m-d H:i:s' ),
				) : null,
			);
		}
		return $data;
	}

	/**
	 * Writes what the guard decided to the post's meta.
	 *
	 * @param int $post_id The post just saved.
	 */
	public static function record( $post_id ) {
		if ( null === self::$pending
			|| ( self::$pending['post_id'] && self::$pending['post_id'] !== (int) $post_id )
			|| ! in_array( get_post_type( $post_id ), self::post_types(), true ) ) {
			return;
		}
		$pending       = self::$pending;
		self::$pending = null;
		if ( $pending['hold'] ) {
			update_post_meta( $post_id, Claimcheck_Review::HOLD_META, wp_slash( $pending['hold'] ) );
			return;
		}
		delete_post_meta( $post_id, Claimcheck_Review::HOLD_META );
		if ( $pending['notice'] ) {
			update_post_meta( $post_id, Claimcheck_Review::NOTICE_META, wp_slash( $pending['notice'] ) );
		} else {
			delete_post_meta( $post_id, Claimcheck_Review::NOTICE_META );
		}
	}

	/**
	 * What is kept with a held post.
	 *
	 * @param array $review The review that held it.
	 * @return array
	 */
	private static function hold_record( $review ) {
		$findings = array();
		foreach ( $review['findings'] as $finding ) {
			if ( ! $finding['blocking'] ) {
				continue;
			}
			$first      = $finding['corrections'][0] ?? null;
			$findings[] = array(
				'severity'   => $finding['severity'],
				'message'    => $finding['message'],
				'sentence'   => $finding['sentence'],
				'correction' => $first ? $first['explanation'] : '',
			);
		}
		$message = $review['message'];
		if ( $review['unavailable'] ) {
			$message .= ' ' . $review['unavailable']['message'];
		}
		return array(
			'state'    => $review['state'],
			'message'  => $message,
			'findings' => $findings,
			'time'     => gmdate( 'Y-m-d H:i:s' ),
		);
	}

	/**
	 * The claimcheck state of a post, as people read it: why it is held, the
	 * notice of an unchecked publication, the override.
	 *
	 * @param int $post_id The post.
	 * @return array {hold, notice, override}
	 */
	public static function status( $post_id ) {
		$hold     = get_post_meta( $post_id, Claimcheck_Review::HOLD_META, true );
		$notice   = get_post_meta( $post_id, Claimcheck_Review::NOTICE_META, true );
		$override = Claimcheck_Review::get_override( $post_id );
		return array(
			'hold'     => is_array( $hold ) ? $hold : null,
			'notice'   => is_array( $notice ) ? $notice : null,
			'override' => $override ? Claimcheck_Review::override_for_people( $override ) : null,
		);
	}

	/** Adds the read-only "claimcheck" field to the REST API's posts and pages. */
	public static function register_rest_field() {
		register_rest_field(
			self::post_types(),
			'claimcheck',
			array(
				'get_callback' => function ( $post ) {
					$id = (int) ( is_array( $post ) ? $post['id'] : $post->ID );
					return current_user_can( 'edit_post', $id ) ? self::status( $id ) : null;
				},
				'schema'       => array(
					'description' => __( 'Why claimcheck held the post back, the notice of an unchecked publication, and any override (for users who can edit the post).', 'claimcheck' ),
					'type'        => array( 'object', 'null' ),
					'context'     => array( 'edit' ),
					'readonly'    => true,
				),
			)
		);
	}

	/** On a post's edit screen (classic editor): why it was held, or that it went out unchecked. */
	public static function admin_notice() {
		$screen = function_exists( 'get_current_screen' ) ? get_current_screen() : null;
		if ( ! $screen || 'post' !== $screen->base || $screen->is_block_editor() ) {
			return;
		}
		$post = get_post();
		if ( ! $post || ! current_user_can( 'edit_post', $post->ID ) ) {
			return;
		}
		$status = self::status( $post->ID );
		if ( $status['hold'] ) {
			echo '<div class="notice notice-error"><p><strong>' . esc_html__( 'claimcheck held this post back.', 'claimcheck' ) . '</strong> ' . esc_html( $status['hold']['message'] ) . '</p>';
			if ( $status['hold']['findings'] ) {
				echo '<ul>';
				foreach ( $status['hold']['findings'] as $finding ) {
					echo '<li>' . esc_html( $finding['message'] );
					if ( '' !== $finding['correction'] ) {
						echo ' ' . esc_html( sprintf( /* translators: %s: a suggested correction */ __( 'Suggested: %s.', 'claimcheck' ), $finding['correction'] ) );
					}
					echo '</li>';
				}
				echo '</ul>';
			}
			echo '</div>';
		} elseif ( $status['notice'] ) {
			echo '<div class="notice notice-warning"><p>' . esc_html( sprintf( /* translators: %s: why */ __( 'Published without a claimcheck: %s', 'claimcheck' ), $status['notice']['message'] ) ) . '</p></div>';
		}
	}
}
