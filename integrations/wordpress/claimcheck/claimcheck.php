<?php
/**
 * Plugin Name:       claimcheck
 * Description:       Checks the arithmetic of a post before it is published: totals, shares, changes and the other figures a story prints. Errors hold publishing until they are fixed or an editor overrides them with a reason.
 * Version:           1.0.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            claimcheck
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       claimcheck
 *
 * How it fits together:
 * - The block editor's pre-publish panel (assets/panel.js) sends the post's
 *   content to this plugin's REST route (includes/class-claimcheck-rest.php)
 *   with WordPress's REST nonce; the plugin calls claimcheck_server's
 *   POST /v1/text:check with the token kept on the server
 *   (includes/class-claimcheck-client.php), so the browser never sees it.
 * - Claimcheck_Review (includes/class-claimcheck-review.php) turns the answer
 *   into findings and decides whether publishing is held, given the settings
 *   and any override stored with the post.
 * - Claimcheck_Guard (includes/class-claimcheck-guard.php) makes the same
 *   decision on every transition to "publish", so the REST API, the classic
 *   editor and scripts are held back too.
 *
 * @package claimcheck
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'CLAIMCHECK_PLUGIN_VERSION', '1.0.0' );
define( 'CLAIMCHECK_PLUGIN_FILE', __FILE__ );

// The capability that lets a user publish over an error, with a reason.
define( 'CLAIMCHECK_OVERRIDE_CAP', 'claimcheck_override' );

require_once __DIR__ . '/includes/class-claimcheck-settings.php';
require_once __DIR__ . '/includes/class-claimcheck-client.php';
require_once __DIR__ . '/includes/class-claimcheck-review.php';
require_once __DIR__ . '/includes/class-claimcheck-guard.php';
require_once __DIR__ . '/includes/class-claimcheck-rest.php';
require_once __DIR__ . '/includes/class-claimcheck-editor.php';

/**
 * Gives editors and administrators the override capability, and sets the
 * defaults of settings not yet stored.
 */
function claimcheck_activate() {
	foreach ( array( 'administrator', 'editor' ) as $role_name ) {
		$role = get_role( $role_name );
		if ( $role ) {
			$role->add_cap( CLAIMCHECK_OVERRIDE_CAP );
		}
	}
	Claimcheck_Settings::add_defaults();
}
register_activation_hook( __FILE__, 'claimcheck_activate' );

Claimcheck_Settings::init();
Claimcheck_Guard::init();
Claimcheck_Rest::init();
Claimcheck_Editor::init();
