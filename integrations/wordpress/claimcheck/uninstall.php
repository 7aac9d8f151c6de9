<?php
/**
 * Deleting the plugin removes its settings, its token and the override
 * capability. What it kept with posts (why a post was held, overrides and
 * their reasons) stays: it is part of those posts' editorial record.
 *
 * @package claimcheck
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

delete_option( 'claimcheck_settings' );
delete_option( 'claimcheck_token' );
foreach ( wp_roles()->role_objects as $role ) {
	$role->remove_cap( 'claimcheck_override' );
}
