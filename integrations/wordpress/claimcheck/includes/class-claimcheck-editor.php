<?php
/**
 * Loads the pre-publish panel (assets/panel.js, plain JavaScript that
 * WordPress serves as is: no build step) into the block editor, with the
 * little it needs to know up front. Nothing secret is passed: the panel gets
 * its findings from the REST route, and the token never leaves the server.
 *
 * @package claimcheck
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The block editor's side of the plugin.
 */
class Claimcheck_Editor {

	/** Hooks the assets. */
	public static function init() {
		add_action( 'enqueue_block_editor_assets', array( __CLASS__, 'enqueue' ) );
	}

	/** Adds the panel's script and style to the post editor, for the post types checked. */
	public static function enqueue() {
		$screen = function_exists( 'get_current_screen' ) ? get_current_screen() : null;
		if ( ! $screen || 'post' !== $screen->base || ! in_array( $screen->post_type, Claimcheck_Guard::post_types(), true ) ) {
			return;
		}
		$dir = plugin_dir_path( CLAIMCHECK_PLUGIN_FILE ) . 'assets/';
		$url = plugins_url( 'assets/', CLAIMCHECK_PLUGIN_FILE );
		wp_enqueue_script(
			'claimcheck-panel',
			$url . 'panel.js',
			array( 'wp-plugins', 'wp-edit-post', 'wp-editor', 'wp-element', 'wp-components', 'wp-data', 'wp-api-fetch', 'wp-i18n', 'wp-annotations', 'wp-rich-text', 'wp-block-editor', 'wp-notices' ),
			(string) filemtime( $dir . 'panel.js' ),
			true
		);
		wp_enqueue_style( 'claimcheck-panel', $url . 'panel.css', array( 'dashicons' ), (string) filemtime( $dir . 'panel.css' ) );

		$config = array( 'minReasonLength' => Claimcheck_Rest::MIN_REASON_LENGTH );
		wp_add_inline_script( 'claimcheck-panel', 'window.claimcheckConfig = ' . wp_json_encode( $config, JSON_HEX_TAG | JSON_HEX_AMP ) . ';', 'before' );
		wp_set_script_translations( 'claimcheck-panel', 'claimcheck' );
	}
}
