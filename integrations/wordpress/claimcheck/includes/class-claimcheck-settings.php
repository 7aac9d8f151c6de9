<?php
/**
 * The settings page (Settings > claimcheck) and the settings themselves.
 *
 * Stored in two options: "claimcheck_settings" (the URL, whether warnings
 * block, what to do when claimcheck cannot be reached, the timeout) and
 * "claimcheck_token" (not autoloaded). The token is write-only: the page says
 * whether one is stored, never what it is, and it is never sent to a browser.
 * A CLAIMCHECK_TOKEN constant in wp-config.php takes its place when defined.
 *
 *   $url = Claimcheck_Settings::get( 'url' );       // "http://127.0.0.1:8080"
 *   if ( Claimcheck_Settings::get( 'unreachable' ) === 'hold' ) { ... }
 *
 * @package claimcheck
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Settings: registration, sanitizing, the page and reading them back.
 */
class Claimcheck_Settings {

	const OPTION       = 'claimcheck_settings';
	const TOKEN_OPTION = 'claimcheck_token';
	const PAGE         = 'claimcheck';

	/**
	 * The settings when none are stored.
	 *
	 * @return array
	 */
	public static function defaults() {
		return array(
			'url'            => 'http://127.0.0.1:8080',
			'warnings_block' => false,
			'unreachable'    => 'hold',
			'timeout'        => 15,
		);
	}

	/** Hooks the page and the setting into WordPress. */
	public static function init() {
		add_action( 'admin_init', array( __CLASS__, 'register' ) );
		add_action( 'admin_menu', array( __CLASS__, 'add_page' ) );
		add_filter( 'plugin_action_links_' . plugin_basename( CLAIMCHECK_PLUGIN_FILE ), array( __CLASS__, 'action_links' ) );
	}

	/** Stores the defaults of settings not stored yet (on activation). */
	public static function add_defaults() {
		add_option( self::OPTION, self::defaults() );
		add_option( self::TOKEN_OPTION, '', '', 'no' );
	}

	/**
	 * One setting, or all of them.
	 *
	 * @param string|null $key The setting's name, or null for the array.
	 * @return mixed
	 */
	public static function get( $key = null ) {
		$stored   = get_option( self::OPTION, array() );
		$settings = array_merge( self::defaults(), is_array( $stored ) ? $stored : array() );
		return null === $key ? $settings : ( $settings[ $key ] ?? null );
	}

	/**
	 * The token sent to claimcheck: CLAIMCHECK_TOKEN if defined, else the
	 * stored one. Only the HTTP client calls this.
	 *
	 * @return string
	 */
	public static function token() {
		if ( defined( 'CLAIMCHECK_TOKEN' ) ) {
			return (string) CLAIMCHECK_TOKEN;
		}
		return (string) get_option( self::TOKEN_OPTION, '' );
	}

	/** Registers the option with its sanitizer, so options.php checks the nonce and capability. */
	public static function register() {
		register_setting(
			self::PAGE,
			self::OPTION,
			array(
				'type'              => 'array',
				'sanitize_callback' => array( __CLASS__, 'sanitize' ),
				'default'           => self::defaults(),
				'show_in_rest'      => false,
			)
		);
	}

	/**
	 * Cleans what the form sent. The token fields are taken out here: a new
	 * token replaces the stored one, an empty field keeps it, and the
	 * "remove" box deletes it.
	 *
	 * @param mixed $input The submitted array.
	 * @return array The settings to store (without the token).
	 */
	public static function sanitize( $input ) {
		$input = is_array( $input ) ? $input : array();
		$old   = self::get();
		$out   = $old;

		if ( isset( $input['url'] ) ) {
			$url = trim( (string) $input['url'] );
			// Accept the endpoint's full address too: keep the base.
			$url = preg_replace( '#/v1/text:check/?$#', '', $url );
			$url = untrailingslashit( esc_url_raw( $url, array( 'http', 'https' ) ) );
			if ( '' === $url ) {
				add_settings_error( self::OPTION, 'claimcheck_url', __( 'The claimcheck URL must start with http:// or https://; the old one is kept.', 'claimcheck' ) );
			} else {
				$out['url'] = $url;
			}
		}
		$out['warnings_block'] = ! empty( $input['warnings_block'] );
		if ( isset( $input['unreachable'] ) ) {
			$out['unreachable'] = 'publish' === $input['unreachable'] ? 'publish' : 'hold';
		}
		if ( isset( $input['timeout'] ) ) {
			$out['timeout'] = max( 1, min( 120, absint( $input['timeout'] ) ) );
		}

		if ( ! empty( $input['clear_token'] ) ) {
			update_option( self::TOKEN_OPTION, '', 'no' );
		} elseif ( isset( $input['token'] ) && '' !== trim( (string) $input['token'] ) ) {
			// Tokens are printable ASCII with no spaces, as claimcheck_server reads them.
			$token = preg_replace( '/[^\x21-\x7e]/', '', (string) $input['token'] );
			update_option( self::TOKEN_OPTION, $token, 'no' );
		}
		return $out;
	}

	/** Adds Settings > claimcheck. */
	public static function add_page() {
		add_options_page(
			__( 'claimcheck', 'claimcheck' ),
			__( 'claimcheck', 'claimcheck' ),
			'manage_options',
			self::PAGE,
			array( __CLASS__, 'render_page' )
		);
	}

	/**
	 * A "Settings" link beside Deactivate on the plugins page.
	 *
	 * @param array $links The plugin's action links.
	 * @return array
	 */
	public static function action_links( $links ) {
		$url = admin_url( 'options-general.php?page=' . self::PAGE );
		array_unshift( $links, '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Settings', 'claimcheck' ) . '</a>' );
		return $links;
	}

	/** Prints the page. Every value printed is escaped; the token never is printed. */
	public static function render_page() {
		if ( ! current_user_can( 'manage_options' ) ) {
			wp_die( esc_html__( 'Sorry, you are not allowed to change claimcheck\'s settings.', 'claimcheck' ), 403 );
		}
		$s          = self::get();
		$name       = self::OPTION;
		$has_token  = '' !== self::token();
		$from_const = defined( 'CLAIMCHECK_TOKEN' );
		?>
		<div class="wrap">
			<h1><?php esc_html_e( 'claimcheck', 'claimcheck' ); ?></h1>
			<p><?php esc_html_e( 'Before a post is published, claimcheck reads its figures and checks the arithmetic between them. Errors hold publishing until they are fixed, or until an editor overrides them with a reason.', 'claimcheck' ); ?></p>
			<?php self::render_connection_status(); ?>
			<form method="post" action="options.php" id="claimcheck-settings">
				<?php settings_fields( self::PAGE ); ?>
				<table class="form-table" role="presentation">
					<tr>
						<th scope="row"><label for="claimcheck-url"><?php esc_html_e( 'claimcheck URL', 'claimcheck' ); ?></label></th>
						<td>
							<input type="url" class="regular-text code" id="claimcheck-url" name="<?php echo esc_attr( $name ); ?>[url]" value="<?php echo esc_attr( $s['url'] ); ?>" required>
							<p class="description"><?php esc_html_e( 'The address of claimcheck_server\'s HTTP port (its --http_port), such as http://127.0.0.1:8080. The plugin posts to /v1/text:check there.', 'claimcheck' ); ?></p>
						</td>
					</tr>
					<tr>
						<th scope="row"><label for="claimcheck-token"><?php esc_html_e( 'Token', 'claimcheck' ); ?></label></th>
						<td>
							<?php if ( $from_const ) : ?>
								<p id="claimcheck-token-state"><?php esc_html_e( 'The token is set by CLAIMCHECK_TOKEN in wp-config.php.', 'claimcheck' ); ?></p>
							<?php else : ?>
								<input type="password" class="regular-text code" id="claimcheck-token" name="<?php echo esc_attr( $name ); ?>[token]" value="" autocomplete="new-password" placeholder="<?php echo esc_attr( $has_token ? __( 'stored; type a new one to replace it', 'claimcheck' ) : __( 'none stored', 'claimcheck' ) ); ?>">
								<p class="description" id="claimcheck-token-state">
									<?php
									echo esc_html(
										$has_token
											? __( 'A token is stored. It is sent only from this server to claimcheck, never to a browser, and it is not shown here. Leave the field empty to keep it.', 'claimcheck' )
											: __( 'No token is stored. Set one if claimcheck_server runs with --token_file or CLAIMCHECK_TOKENS.', 'claimcheck' )
									);
									?>
								</p>
								<?php if ( $has_token ) : ?>
									<label><input type="checkbox" name="<?php echo esc_attr( $name ); ?>[clear_token]" value="1"> <?php esc_html_e( 'Remove the stored token', 'claimcheck' ); ?></label>
								<?php endif; ?>
							<?php endif; ?>
						</td>
					</tr>
					<tr>
						<th scope="row"><?php esc_html_e( 'Warnings', 'claimcheck' ); ?></th>
						<td>
							<label><input type="checkbox" id="claimcheck-warnings-block" name="<?php echo esc_attr( $name ); ?>[warnings_block]" value="1" <?php checked( $s['warnings_block'] ); ?>> <?php esc_html_e( 'Warnings hold publishing too (by default they are shown and do not block)', 'claimcheck' ); ?></label>
						</td>
					</tr>
					<tr>
						<th scope="row"><?php esc_html_e( 'When claimcheck cannot be reached', 'claimcheck' ); ?></th>
						<td>
							<fieldset>
								<label><input type="radio" id="claimcheck-unreachable-hold" name="<?php echo esc_attr( $name ); ?>[unreachable]" value="hold" <?php checked( $s['unreachable'], 'hold' ); ?>> <?php esc_html_e( 'Hold the post back until it can be checked', 'claimcheck' ); ?></label><br>
								<label><input type="radio" id="claimcheck-unreachable-publish" name="<?php echo esc_attr( $name ); ?>[unreachable]" value="publish" <?php checked( $s['unreachable'], 'publish' ); ?>> <?php esc_html_e( 'Publish, and keep a notice with the post that it was not checked', 'claimcheck' ); ?></label>
								<p class="description"><?php esc_html_e( 'This also covers a token claimcheck refuses and a post claimcheck cannot read.', 'claimcheck' ); ?></p>
							</fieldset>
						</td>
					</tr>
					<tr>
						<th scope="row"><label for="claimcheck-timeout"><?php esc_html_e( 'Timeout (seconds)', 'claimcheck' ); ?></label></th>
						<td><input type="number" min="1" max="120" class="small-text" id="claimcheck-timeout" name="<?php echo esc_attr( $name ); ?>[timeout]" value="<?php echo esc_attr( (string) $s['timeout'] ); ?>"></td>
					</tr>
				</table>
				<?php submit_button(); ?>
			</form>
		</div>
		<?php
	}

	/** Asks claimcheck whether it answers and accepts the token, and says so. */
	private static function render_connection_status() {
		$probe = Claimcheck_Client::probe();
		$class = $probe['ok'] ? 'notice-success' : 'notice-error';
		printf(
			'<div class="notice %1$s inline" id="claimcheck-connection"><p>%2$s</p></div>',
			esc_attr( $class ),
			esc_html( $probe['message'] )
		);
	}
}
