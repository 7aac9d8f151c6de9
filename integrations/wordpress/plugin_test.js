'use strict';
/**
 * The WordPress plugin (integrations/wordpress/claimcheck) in a real
 * WordPress, checked by a real claimcheck_server, driven in a real browser.
 *
 * From nothing, under TEST_TMPDIR: a private MariaDB (its own datadir, on a
 * free 127.0.0.1 port), a private copy of Debian's WordPress with its own
 * wp-config.php served by PHP's built-in server on a free 127.0.0.1 port,
 * WordPress installed over HTTP, claimcheck_server with a token file and its
 * HTTP port, and Debian's chromium (headless) driven by puppeteer-core. Then
 * a newsroom's day: the admin activates the plugin and sets it up, writes the
 * worked example's paragraphs with Denver's 63 printed as 36, is held back,
 * finds the figure, corrects it and publishes; the same post is held when
 * published through the REST API or a script; an author cannot override, an
 * editor can (with a reason); an unreachable claimcheck follows the setting;
 * a wrong token, a huge post, a post without figures, a post with <script>
 * in it, an expired nonce and a lost login each get a clear message and
 * lose nothing.
 *
 * Each step is one JUnit case in $XML_OUTPUT_FILE; each step's screenshot,
 * and the services' logs, go to $TEST_UNDECLARED_OUTPUTS_DIR. Every service
 * the test starts, it stops, and the last step checks nothing is left
 * (tests/browser_harness.js does the steps, services and browser).
 *
 * Usage (Bazel runs it through tests/browser_test.sh, which puts the harness
 * and puppeteer-core on NODE_PATH):
 *   node plugin_test.js --server=PATH/claimcheck_server --plugin=PATH/claimcheck \
 *     --story=PATH/kqed-ice-arrests-denver-36.txt
 */

const fs = require( 'fs' );
const path = require( 'path' );
const crypto = require( 'crypto' );
const { BrowserTest, check, sleep, until, freePort, portAnswers, run, parseArgs } = require( 'tests/browser_harness.js' );

/* ------------------------------------------------------------------ */
/* Configuration                                                       */
/* ------------------------------------------------------------------ */

const args = parseArgs( process.argv.slice( 2 ) );
const SERVER_BIN = path.resolve( args.server );
const PLUGIN_DIR = path.resolve( args.plugin );
const STORY_FILE = path.resolve( args.story );
const t = new BrowserTest( { suite: 'WordPressPlugin', tmpPrefix: 'wp-', deadlineSeconds: Number( args.deadline_seconds || 780 ) } );
const TMP = t.TMP;
const OUT = t.OUT;
const WP_SOURCE = '/usr/share/wordpress';

// Secrets of this run only.
const TOKEN = 'cc-' + crypto.randomBytes( 12 ).toString( 'hex' );
const ADMIN = { user: 'admin', password: 'admin-' + crypto.randomBytes( 6 ).toString( 'hex' ) };
const EDITOR = { user: 'edna', password: 'editor-' + crypto.randomBytes( 6 ).toString( 'hex' ) };
const AUTHOR = { user: 'arthur', password: 'author-' + crypto.randomBytes( 6 ).toString( 'hex' ) };
const DB_PASSWORD = crypto.randomBytes( 9 ).toString( 'hex' );


/* ------------------------------------------------------------------ */
/* The story: the worked example's paragraphs, Denver's 63 as 36        */
/* ------------------------------------------------------------------ */

// The paragraphs of the story with figures, one per line of the file
// (examples/): the regional counts, the total and the share.
function storyParagraphs( denver ) {
	const paragraphs = fs.readFileSync( STORY_FILE, 'utf8' ).split( /\n\s*\n/ ).map( ( p ) => p.trim() ).filter( Boolean );
	return paragraphs.map( ( p ) => p.replace( /\b(?:36|63) in Denver\b/, denver + ' in Denver' ) );
}
const DENVER_36 = () => storyParagraphs( '36' );
const TITLE = 'ICE arrests in sanctuary cities';

function blockHtml( paragraphs ) {
	const escape = ( s ) => s.replace( /&/g, '&amp;' ).replace( /</g, '&lt;' ).replace( />/g, '&gt;' );
	return paragraphs.map( ( p ) => '<!-- wp:paragraph -->\n<p>' + escape( p ) + '</p>\n<!-- /wp:paragraph -->' ).join( '\n\n' );
}

const isRoot = process.getuid && process.getuid() === 0;

/* ------------------------------------------------------------------ */
/* MariaDB, claimcheck_server, WordPress                                */
/* ------------------------------------------------------------------ */

const env = {};

async function startMariaDb() {
	for ( const tool of [ '/usr/sbin/mariadbd', '/usr/bin/mariadb-install-db' ] ) {
		check( fs.existsSync( tool ), tool + ' is missing: run scripts/setup.sh (Debian package mariadb-server)' );
	}
	const dir = path.join( TMP, 'mariadb' );
	const data = path.join( dir, 'data' );
	fs.mkdirSync( data, { recursive: true } );
	const user = isRoot ? [ '--user=root' ] : [];
	run( '/usr/bin/mariadb-install-db', [ '--no-defaults', '--datadir=' + data, '--auth-root-authentication-method=normal',
		'--skip-test-db', '--skip-name-resolve', ...user ], { cwd: dir } );
	env.dbPort = await freePort();
	// Created on each start, before the first connection is accepted.
	const init = path.join( dir, 'init.sql' );
	fs.writeFileSync( init, [
		'CREATE DATABASE IF NOT EXISTS wordpress CHARACTER SET utf8mb4;',
		"CREATE USER IF NOT EXISTS 'wordpress'@'127.0.0.1' IDENTIFIED BY '" + DB_PASSWORD + "';",
		"GRANT ALL ON wordpress.* TO 'wordpress'@'127.0.0.1';",
		'',
	].join( '\n' ) );
	// The socket is named relative to the datadir: a path under TEST_TMPDIR
	// can be longer than a Unix socket's name may be. WordPress uses TCP.
	env.mariadb = t.startService( 'mariadb', '/usr/sbin/mariadbd', [ '--no-defaults', '--datadir=' + data,
		'--socket=mariadb.sock', '--pid-file=' + path.join( dir, 'mariadb.pid' ), '--bind-address=127.0.0.1',
		'--port=' + env.dbPort, '--skip-name-resolve', '--init-file=' + init, '--innodb-buffer-pool-size=64M',
		'--innodb-log-file-size=16M', '--max-allowed-packet=64M', ...user ], { cwd: data } );
	await until( 'MariaDB to accept connections', async () => {
		check( ! env.mariadb.exited, 'mariadbd exited:\n' + t.readLog( env.mariadb ) );
		return /ready for connections/.test( t.readLog( env.mariadb ) ) && portAnswers( env.dbPort );
	}, 60000 );
}

async function startClaimcheck() {
	const tokens = path.join( TMP, 'tokens' );
	fs.writeFileSync( tokens, '# tokens of this test run\n' + TOKEN + '\n' );
	env.claimcheck = await t.startClaimcheck( SERVER_BIN, [ '--token_file=' + tokens ] );
	env.claimcheckUrl = env.claimcheck.url;
}

function phpString( s ) {
	return "'" + String( s ).replace( /\\/g, '\\\\' ).replace( /'/g, "\\'" ) + "'";
}

async function startWordPress() {
	check( fs.existsSync( WP_SOURCE + '/wp-settings.php' ), WP_SOURCE + ' is missing: run scripts/setup.sh (Debian package wordpress)' );
	check( fs.existsSync( '/usr/bin/php' ), '/usr/bin/php is missing: run scripts/setup.sh (Debian package php-cli)' );
	// A private copy of WordPress's code, with its own wp-config.php (Debian's
	// reads /etc/wordpress, which a test must not write) and wp-content.
	const root = path.join( TMP, 'wordpress' );
	fs.mkdirSync( root );
	const top = fs.readdirSync( WP_SOURCE ).filter( ( f ) => f === 'wp-admin' || f === 'wp-includes' ||
		( f.endsWith( '.php' ) && f !== 'wp-config.php' ) );
	// -L: Debian links some files to other packages by relative links
	// (wp-includes/js/underscore.min.js), which a copy would break.
	run( 'cp', [ '-RL', ...top.map( ( f ) => path.join( WP_SOURCE, f ) ), root + '/' ] );
	const content = path.join( root, 'wp-content' );
	fs.mkdirSync( path.join( content, 'plugins' ), { recursive: true } );
	fs.mkdirSync( path.join( content, 'uploads' ) );
	fs.symlinkSync( path.join( WP_SOURCE, 'wp-content', 'themes' ), path.join( content, 'themes' ) );
	// The plugin as an administrator would unpack it.
	run( 'cp', [ '-RL', PLUGIN_DIR, path.join( content, 'plugins', 'claimcheck' ) ] );

	env.wpPort = await freePort();
	env.wp = 'http://127.0.0.1:' + env.wpPort;
	env.wpRoot = root;
	const salts = [ 'AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT' ]
		.map( ( k ) => 'define( ' + phpString( k ) + ', ' + phpString( crypto.randomBytes( 32 ).toString( 'base64' ) ) + ' );' );
	fs.writeFileSync( path.join( root, 'wp-config.php' ), [
		'<?php',
		'// Written by integrations/wordpress/plugin_test.js for one test run.',
		"define( 'DB_NAME', 'wordpress' );",
		"define( 'DB_USER', 'wordpress' );",
		'define( \'DB_PASSWORD\', ' + phpString( DB_PASSWORD ) + ' );',
		'define( \'DB_HOST\', ' + phpString( '127.0.0.1:' + env.dbPort ) + ' );',
		"define( 'DB_CHARSET', 'utf8mb4' );",
		"define( 'DB_COLLATE', '' );",
		...salts,
		"$table_prefix = 'wp_';",
		'define( \'WP_HOME\', ' + phpString( env.wp ) + ' );',
		'define( \'WP_SITEURL\', ' + phpString( env.wp ) + ' );',
		"define( 'WP_CONTENT_DIR', __DIR__ . '/wp-content' );",
		'define( \'WP_CONTENT_URL\', ' + phpString( env.wp + '/wp-content' ) + ' );',
		"define( 'WP_ENVIRONMENT_TYPE', 'local' );",
		// No network beyond this machine: no update checks, no cron loopback.
		"define( 'WP_HTTP_BLOCK_EXTERNAL', true );",
		"define( 'DISABLE_WP_CRON', true );",
		"define( 'AUTOMATIC_UPDATER_DISABLED', true );",
		"define( 'WP_AUTO_UPDATE_CORE', false );",
		"define( 'WP_DEBUG', true );",
		'define( \'WP_DEBUG_LOG\', ' + phpString( path.join( OUT, 'wp-debug.log' ) ) + ' );',
		"define( 'WP_DEBUG_DISPLAY', false );",
		"if ( ! defined( 'ABSPATH' ) ) { define( 'ABSPATH', __DIR__ . '/' ); }",
		"require_once ABSPATH . 'wp-settings.php';",
		'',
	].join( '\n' ) );

	env.php = t.startService( 'php', '/usr/bin/php', [ '-d', 'display_errors=stderr', '-d', 'memory_limit=512M',
		'-d', 'post_max_size=32M', '-S', '127.0.0.1:' + env.wpPort, '-t', root ], {
		cwd: root,
		env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
	} );
	await until( 'PHP to serve WordPress', async () => {
		check( ! env.php.exited, 'php -S exited:\n' + t.readLog( env.php ) );
		return portAnswers( env.wpPort );
	}, 30000 );
}

async function installWordPress() {
	const form = new URLSearchParams( {
		weblog_title: 'claimcheck newsroom',
		user_name: ADMIN.user,
		admin_password: ADMIN.password,
		admin_password2: ADMIN.password,
		pw_weak: '1',
		admin_email: 'admin@newsroom.test',
		blog_public: '0',
		language: '',
	} );
	const reply = await fetch( env.wp + '/wp-admin/install.php?step=2', { method: 'POST', body: form } );
	const html = await reply.text();
	check( reply.status === 200 && html.includes( 'Success!' ), 'install.php did not say Success! (HTTP ' + reply.status + '):\n' + html.slice( 0, 2000 ) );
	const login = await fetch( env.wp + '/wp-login.php' );
	check( login.status === 200, 'wp-login.php answered HTTP ' + login.status );
}

// Runs PHP with WordPress loaded, as a script or cron job would; the code
// gets $args (decoded JSON) and prints JSON.
function wpScript( code, scriptArgs ) {
	const file = path.join( TMP, 'script-' + crypto.randomBytes( 4 ).toString( 'hex' ) + '.php' );
	fs.writeFileSync( file, '<?php\nrequire ' + phpString( path.join( env.wpRoot, 'wp-load.php' ) ) +
		";\n$args = json_decode( file_get_contents( 'php://stdin' ), true );\n" + code + '\n' );
	const out = run( '/usr/bin/php', [ file ], { input: JSON.stringify( scriptArgs || {} ), cwd: env.wpRoot } );
	return JSON.parse( out );
}

/* ------------------------------------------------------------------ */
/* The browser                                                          */
/* ------------------------------------------------------------------ */

const tokenLeaks = [];

async function loginAs( user ) {
	const context = await t.browser.createBrowserContext();
	const page = await context.newPage();
	page.setDefaultTimeout( 30000 );
	watch( page, user.user );
	await page.goto( env.wp + '/wp-login.php', { waitUntil: 'load' } );
	// wp-login.php moves the focus to the user field 200 ms after loading; typing
	// before that can send the end of the password into the user field.
	await page.waitForFunction( () => document.activeElement && document.activeElement.id === 'user_login' );
	await page.type( '#user_login', user.user );
	await page.type( '#user_pass', user.password );
	await Promise.all( [ page.waitForNavigation( { waitUntil: 'domcontentloaded' } ), page.click( '#wp-submit' ) ] );
	check( page.url().includes( '/wp-admin' ), user.user + ' did not get to wp-admin: ' + page.url() );
	return page;
}

// Every answer the browser gets is searched for the token; console errors are kept.
function watch( page, who ) {
	t.watch( page, who );
	page.on( 'response', async ( response ) => {
		try {
			const type = response.headers()[ 'content-type' ] || '';
			if ( /json|html|javascript|text/.test( type ) ) {
				const body = await response.text();
				if ( body.includes( TOKEN ) ) {
					tokenLeaks.push( response.url() );
				}
			}
		} catch ( e ) { /* a redirect or a body already gone */ }
	} );
}

// wp.apiFetch in the page: the REST API with the page's cookies and nonce.
function api( page, options ) {
	return page.evaluate( ( o ) => window.wp.apiFetch( o ).then(
		( body ) => ( { ok: true, body } ),
		( e ) => ( { ok: false, code: e && e.code, message: e && e.message, status: e && e.data && e.data.status } )
	), options );
}

async function openNewPost( page, postType = 'post' ) {
	await page.goto( env.wp + '/wp-admin/post-new.php' + ( postType === 'post' ? '' : '?post_type=' + postType ), { waitUntil: 'domcontentloaded' } );
	await page.waitForFunction( () => window.wp && wp.data && wp.data.select( 'core/editor' ) &&
		wp.data.select( 'core/editor' ).getCurrentPostId() && document.querySelector( '.editor-post-title__input' ), { timeout: 60000 } );
	// The welcome guide would cover the editor on a first visit.
	await page.evaluate( () => {
		if ( wp.data.select( 'core/edit-post' ).isFeatureActive( 'welcomeGuide' ) ) {
			wp.data.dispatch( 'core/edit-post' ).toggleFeature( 'welcomeGuide' );
		}
	} );
	await page.waitForFunction( () => ! document.querySelector( '.edit-post-welcome-guide' ) );
	return page.evaluate( () => wp.data.select( 'core/editor' ).getCurrentPostId() );
}

// Types a title and paragraphs as a writer does: Enter between paragraphs.
async function writePost( page, title, paragraphs ) {
	await page.click( '.editor-post-title__input' );
	await page.keyboard.type( title );
	await page.keyboard.press( 'Enter' );
	for ( const [ i, paragraph ] of paragraphs.entries() ) {
		if ( i > 0 ) {
			await page.keyboard.press( 'Enter' );
		}
		// One input event per paragraph: the text as typed, much faster.
		await page.keyboard.sendCharacter( paragraph );
	}
	await page.waitForFunction( ( n ) => wp.data.select( 'core/block-editor' ).getBlocks().length >= n, {}, paragraphs.length );
}

// Sets the title and replaces the post's blocks, as pasting a whole story would.
async function setBlocks( page, paragraphs, title = TITLE ) {
	await page.evaluate( ( ps, t ) => {
		wp.data.dispatch( 'core/editor' ).editPost( { title: t } );
		const blocks = ps.map( ( p ) => wp.blocks.createBlock( 'core/paragraph', { content: p } ) );
		wp.data.dispatch( 'core/block-editor' ).resetBlocks( blocks );
	}, paragraphs, title );
}

async function editedContent( page ) {
	return page.evaluate( () => wp.data.select( 'core/editor' ).getEditedPostContent() );
}

// On a busy machine the first click can land before the editor listens to
// its toggle (the panel never opens); a person would click again.
async function openPublishPanel( page ) {
	for ( let attempt = 1; ; ++attempt ) {
		if ( ! await page.$( '.claimcheck-panel' ) ) {
			await page.click( '.editor-post-publish-panel__toggle' );
		}
		try {
			await page.waitForSelector( '.claimcheck-panel', { timeout: 10000 } );
			return;
		} catch ( e ) {
			if ( attempt === 3 ) {
				throw e;
			}
		}
	}
}

async function closePublishPanel( page ) {
	await page.click( '.editor-post-publish-panel__header-cancel-button button' );
	await page.waitForSelector( '.claimcheck-panel', { hidden: true } );
}

// Waits for the panel's verdict on the current content; returns its text.
async function panelVerdict( page ) {
	await page.waitForFunction( () => {
		const panel = document.querySelector( '.claimcheck-panel' );
		return panel && ! panel.querySelector( '.claimcheck-message--checking' ) &&
			panel.querySelector( '.claimcheck-message--held, .claimcheck-message--ok, .claimcheck-message--error' );
	}, { timeout: 60000 } );
	return page.$eval( '.claimcheck-panel', ( p ) => p.innerText );
}

async function publishDisabled( page ) {
	return page.$eval( '.editor-post-publish-panel .editor-post-publish-button', ( b ) => b.getAttribute( 'aria-disabled' ) === 'true' || b.disabled );
}

async function postStatus( page, id ) {
	const r = await api( page, { path: '/wp/v2/posts/' + id + '?context=edit' } );
	check( r.ok, 'GET post ' + id + ': ' + JSON.stringify( r ) );
	return r.body;
}

async function saveSettings( page, changes ) {
	await page.goto( env.wp + '/wp-admin/options-general.php?page=claimcheck', { waitUntil: 'domcontentloaded' } );
	if ( changes.url !== undefined ) {
		await page.$eval( '#claimcheck-url', ( e ) => {
			e.value = '';
		} );
		await page.type( '#claimcheck-url', changes.url );
	}
	if ( changes.token !== undefined ) {
		await page.type( '#claimcheck-token', changes.token );
	}
	if ( changes.unreachable !== undefined ) {
		await page.click( '#claimcheck-unreachable-' + changes.unreachable );
	}
	if ( changes.warningsBlock !== undefined ) {
		const on = await page.$eval( '#claimcheck-warnings-block', ( e ) => e.checked );
		if ( on !== changes.warningsBlock ) {
			await page.click( '#claimcheck-warnings-block' );
		}
	}
	await Promise.all( [ page.waitForNavigation( { waitUntil: 'domcontentloaded' } ), page.click( '#claimcheck-settings #submit' ) ] );
	const text = await page.$eval( '#wpbody-content', ( e ) => e.innerText );
	check( /Settings saved/.test( text ), 'the settings page did not say "Settings saved":\n' + text.slice( 0, 1500 ) );
	return text;
}

/* ------------------------------------------------------------------ */
/* The test                                                             */
/* ------------------------------------------------------------------ */

async function main() {
	const setup = { setup: true };
	const later = {};
	let admin;
	let editor;
	let author;
	let denverPostId;

	await t.step( 'MariaDbStartsFromNothing', startMariaDb, setup );
	await t.step( 'ClaimcheckServerStartsWithToken', startClaimcheck, setup );
	await t.step( 'WordPressServesFromPrivateCopy', startWordPress, setup );
	await t.step( 'WordPressInstallsOverHttp', installWordPress, setup );
	await t.step( 'ChromiumLogsIn', async () => {
		await t.launchBrowser();
		admin = await loginAs( ADMIN );
		await t.shot( admin, 'logged-in' );
	}, setup );

	await t.step( 'PluginActivates', async () => {
		await admin.goto( env.wp + '/wp-admin/plugins.php', { waitUntil: 'domcontentloaded' } );
		await Promise.all( [ admin.waitForNavigation( { waitUntil: 'domcontentloaded' } ), admin.click( 'a#activate-claimcheck' ) ] );
		const text = await admin.$eval( '#wpbody-content', ( e ) => e.innerText );
		check( /Plugin activated/.test( text ), 'no "Plugin activated." notice' );
		check( await admin.$( 'a#deactivate-claimcheck' ), 'no Deactivate link for claimcheck' );
		const caps = wpScript( 'echo json_encode( array_map( function ( $r ) { $role = get_role( $r ); return $role->has_cap( "claimcheck_override" ); }, array( "administrator" => "administrator", "editor" => "editor", "author" => "author" ) ) );' );
		check( caps.administrator === true && caps.editor === true && caps.author === false,
			'claimcheck_override should be given to administrators and editors only: ' + JSON.stringify( caps ) );
		await t.shot( admin, 'plugin-activated' );
	}, setup );

	await t.step( 'SettingsStoreTokenWithoutShowingIt', async () => {
		const text = await saveSettings( admin, { url: env.claimcheckUrl, token: TOKEN, unreachable: 'hold', warningsBlock: false } );
		const html = await admin.content();
		check( ! html.includes( TOKEN ), 'the settings page shows the token' );
		check( await admin.$eval( '#claimcheck-token', ( e ) => e.value === '' ), 'the token field is not empty after saving' );
		check( /A token is stored/.test( text ), 'the page does not say a token is stored' );
		const stored = wpScript( 'echo json_encode( array( "token" => get_option( "claimcheck_token" ), "settings" => get_option( "claimcheck_settings" ) ) );' );
		check( stored.token === TOKEN, 'the token was not stored' );
		check( stored.settings.url === env.claimcheckUrl && stored.settings.unreachable === 'hold', 'settings not stored: ' + JSON.stringify( stored.settings ) );
		const status = await admin.$eval( '#claimcheck-connection', ( e ) => e.innerText );
		check( /answers at .* and accepts the token/.test( status ), 'the connection status is not good: ' + status );
		await t.shot( admin, 'settings' );
	}, setup );

	await t.step( 'SettingsFormNeedsItsNonce', async () => {
		// A form posted from elsewhere (no nonce) changes nothing.
		const cookies = ( await admin.cookies() ).map( ( c ) => c.name + '=' + c.value ).join( '; ' );
		const reply = await fetch( env.wp + '/wp-admin/options.php', {
			method: 'POST',
			headers: { cookie: cookies, 'content-type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams( { option_page: 'claimcheck', action: 'update', 'claimcheck_settings[url]': 'http://evil.example' } ),
			redirect: 'manual',
		} );
		const body = await reply.text();
		check( reply.status === 403 || /link you followed has expired|not allowed/i.test( body ), 'options.php without a nonce answered ' + reply.status );
		const stored = wpScript( 'echo json_encode( get_option( "claimcheck_settings" ) );' );
		check( stored.url === env.claimcheckUrl, 'a form without a nonce changed the URL to ' + stored.url );
	}, later );

	await t.step( 'UsersForEachRole', async () => {
		await openNewPost( admin );
		for ( const [ user, role ] of [ [ EDITOR, 'editor' ], [ AUTHOR, 'author' ] ] ) {
			const r = await api( admin, { path: '/wp/v2/users', method: 'POST', data: { username: user.user, password: user.password, email: user.user + '@newsroom.test', roles: [ role ], name: user.user } } );
			check( r.ok, 'creating ' + role + ': ' + JSON.stringify( r ) );
		}
		editor = await loginAs( EDITOR );
		author = await loginAs( AUTHOR );
	}, setup );

	await t.step( 'DenverErrorHoldsPublishing', async () => {
		denverPostId = await openNewPost( admin );
		await writePost( admin, TITLE, DENVER_36() );
		await openPublishPanel( admin );
		const text = await panelVerdict( admin );
		check( await admin.$( '.claimcheck-finding--error' ), 'no error finding in the panel:\n' + text );
		check( /Publishing is held/.test( text ), 'the panel does not say publishing is held:\n' + text );
		const correction = await admin.$$eval( '.claimcheck-finding--error .claimcheck-correction__change', ( es ) => es.map( ( e ) => e.innerText ) );
		check( correction.some( ( c ) => /36\s*→\s*63/.test( c ) ), 'no 36 → 63 suggestion: ' + JSON.stringify( correction ) );
		check( /Error/.test( await admin.$eval( '.claimcheck-finding--error .claimcheck-severity', ( e ) => e.textContent ) ), 'the severity is not written out' );
		check( await admin.$( '.claimcheck-finding--error .claimcheck-severity .dashicons' ), 'the severity has no icon' );
		check( await publishDisabled( admin ), 'the Publish button is enabled' );
		// Pressing it anyway publishes nothing.
		await admin.click( '.editor-post-publish-panel .editor-post-publish-button' );
		await sleep( 1000 );
		const post = await postStatus( admin, denverPostId );
		check( post.status !== 'publish', 'the post was published' );
		await t.shot( admin, 'denver-36-held' );
	}, later );

	await t.step( 'FindingHighlightsItsFigure', async () => {
		// The writer has stopped typing: no block selected, no block toolbar over the text.
		await admin.evaluate( () => wp.data.dispatch( 'core/block-editor' ).clearSelectedBlock() );
		await admin.click( '.claimcheck-finding--error .claimcheck-finding__select' );
		const mark = await admin.waitForSelector( 'mark.annotation-text-claimcheck-suspect' );
		const seen = await mark.evaluate( ( m ) => {
			const r = m.getBoundingClientRect();
			return { text: m.textContent, visible: r.top >= 0 && r.bottom <= window.innerHeight && r.width > 0,
				paragraph: m.closest( 'p' ) ? m.closest( 'p' ).textContent : '' };
		} );
		check( seen.text === '36', 'the highlighted figure is "' + seen.text + '", not 36' );
		check( /in Denver/.test( seen.paragraph.slice( seen.paragraph.indexOf( '36' ) ) ), 'the highlight is not the Denver 36' );
		await until( 'the figure to be scrolled into view', () => mark.evaluate( ( m ) => {
			const r = m.getBoundingClientRect();
			return r.top >= 0 && r.bottom <= window.innerHeight;
		} ), 5000 );
		const others = await admin.$$eval( 'mark.annotation-text-claimcheck', ( ms ) => ms.map( ( m ) => m.textContent ) );
		check( others.includes( '498' ), 'the total 498 is not highlighted: ' + JSON.stringify( others ) );
		await t.shot( admin, 'denver-36-highlighted' );
	}, later );

	await t.step( 'CorrectedPostPublishes', async () => {
		// The editor double-clicks the highlighted figure and types the right one.
		await admin.click( 'mark.annotation-text-claimcheck-suspect', { count: 2 } );
		await admin.keyboard.type( '63' );
		await until( 'the post to read 63 in Denver', async () => ( await editedContent( admin ) ).includes( '63 in Denver' ), 10000 );
		await admin.waitForFunction( () => {
			const p = document.querySelector( '.claimcheck-panel' );
			return p && p.querySelector( '.claimcheck-message--ok' ) && ! p.querySelector( '.claimcheck-message--checking' );
		}, { timeout: 60000 } );
		check( ! await admin.$( '.claimcheck-finding--error' ), 'an error is still listed' );
		check( ! await publishDisabled( admin ), 'Publish is still disabled' );
		await t.shot( admin, 'denver-63-clear' );
		await admin.click( '.editor-post-publish-panel .editor-post-publish-button' );
		await admin.waitForSelector( '.post-publish-panel__postpublish' );
		const post = await postStatus( admin, denverPostId );
		check( post.status === 'publish', 'the corrected post is ' + post.status );
		check( post.content.raw.includes( '63 in Denver' ), 'the published post lacks 63 in Denver' );
		await t.shot( admin, 'denver-63-published' );
	}, later );

	await t.step( 'RestPublishOfBadPostIsHeld', async () => {
		const r = await api( admin, { path: '/wp/v2/posts', method: 'POST', data: { title: TITLE + ' (REST)', content: blockHtml( DENVER_36() ), status: 'publish' } } );
		check( r.ok, 'REST create: ' + JSON.stringify( r ) );
		check( r.body.status === 'draft', 'a REST publish of the Denver-36 post made it ' + r.body.status );
		const hold = r.body.claimcheck && r.body.claimcheck.hold;
		check( hold && /held/.test( hold.message ) && hold.findings.some( ( f ) => /36 \(Denver\) may be 63/.test( f.correction ) ),
			'the REST answer does not say why: ' + JSON.stringify( r.body.claimcheck ) );
	}, later );

	await t.step( 'ScriptPublishOfBadPostIsHeld', () => {
		const r = wpScript( '$id = wp_insert_post( array( "post_title" => "From a script", "post_content" => $args["content"], "post_status" => "publish", "post_author" => 1 ), true );\n' +
			'echo json_encode( array( "status" => get_post_status( $id ), "hold" => get_post_meta( $id, "_claimcheck_hold", true ) ) );',
		{ content: blockHtml( DENVER_36() ) } );
		check( r.status === 'draft', 'wp_insert_post published the Denver-36 post: ' + r.status );
		check( r.hold && r.hold.findings.length > 0, 'no reason kept with the held post: ' + JSON.stringify( r.hold ) );
	}, later );

	await t.step( 'AuthorCannotOverride', async () => {
		const id = await openNewPost( author );
		await setBlocks( author, DENVER_36() );
		await openPublishPanel( author );
		const text = await panelVerdict( author );
		check( await author.$( '.claimcheck-finding--error' ), 'the author sees no error:\n' + text );
		check( await author.$( '.claimcheck-override--denied' ), 'the author is not told only an editor can override' );
		check( ! await author.$( '.claimcheck-override__reason' ), 'the author is offered the override form' );
		check( await publishDisabled( author ), 'the author can publish' );
		// Asked directly, the REST route refuses too.
		const r = await api( author, { path: '/claimcheck/v1/override', method: 'POST', data: { post_id: id, content: await editedContent( author ), reason: 'I am sure the figures are right.' } } );
		check( ! r.ok && r.code === 'claimcheck_cannot_override' && r.status === 403, 'the override route let an author through: ' + JSON.stringify( r ) );
		await author.$eval( '.claimcheck-override--denied', ( e ) => e.scrollIntoView( { block: 'center' } ) );
		await t.shot( author, 'author-cannot-override' );
		// The suggested correction, applied by its button, clears the way.
		const button = await author.$( '.claimcheck-finding--error .claimcheck-correction__apply' );
		check( /Replace 36 with 63/.test( await button.evaluate( ( b ) => b.innerText ) ), 'the first button is not "Replace 36 with 63"' );
		await button.click();
		await until( 'the correction to be applied', async () => ( await editedContent( author ) ).includes( '63 in Denver' ), 10000 );
		await author.waitForSelector( '.claimcheck-panel .claimcheck-message--ok', { timeout: 60000 } );
		check( ! await publishDisabled( author ), 'Publish is disabled after the correction' );
		await author.click( '.editor-post-publish-panel .editor-post-publish-button' );
		await author.waitForSelector( '.post-publish-panel__postpublish' );
		check( ( await postStatus( author, id ) ).status === 'publish', 'the author\'s corrected post was not published' );
	}, later );

	await t.step( 'EditorOverridesWithReason', async () => {
		const id = await openNewPost( editor );
		await setBlocks( editor, DENVER_36() );
		await openPublishPanel( editor );
		await panelVerdict( editor );
		check( await publishDisabled( editor ), 'Publish is enabled before the override' );
		await editor.waitForSelector( '.claimcheck-override__reason textarea' );
		await editor.type( '.claimcheck-override__reason textarea', 'short' );
		check( await editor.$eval( '.claimcheck-override__submit', ( b ) => b.disabled ), 'a five-letter reason is accepted' );
		const reason = 'ICE confirmed 36 for Denver by phone; the national total includes a later correction.';
		await editor.$eval( '.claimcheck-override__reason textarea', ( t ) => t.select() );
		await editor.type( '.claimcheck-override__reason textarea', reason );
		await editor.click( '.claimcheck-override__submit' );
		await editor.waitForSelector( '.claimcheck-override-record' );
		const record = await editor.$eval( '.claimcheck-override-record', ( e ) => e.innerText );
		check( record.includes( reason ) && record.includes( EDITOR.user ), 'the override record does not show who and why: ' + record );
		await until( 'Publish to be enabled', async () => ! await publishDisabled( editor ), 10000 );
		await t.shot( editor, 'editor-override' );
		await editor.click( '.editor-post-publish-panel .editor-post-publish-button' );
		await editor.waitForSelector( '.post-publish-panel__postpublish' );
		const post = await postStatus( editor, id );
		check( post.status === 'publish', 'the overridden post is ' + post.status );
		check( post.claimcheck.override && post.claimcheck.override.reason === reason, 'the override is not kept with the post: ' + JSON.stringify( post.claimcheck ) );
	}, later );

	// The steps up to SettingsRestored change the settings; it puts them back even when they fail.
	const restoreSettings = () => saveSettings( admin, { url: env.claimcheckUrl, token: TOKEN, unreachable: 'hold', warningsBlock: false } );

	await t.step( 'WarningsBlockOnlyWhenSet', async () => {
		// A change measured from the later value: a warning, not an error.
		const warning = [ 'Arrests climbed 33 percent, from 200 to 300.' ];
		await openNewPost( admin );
		await setBlocks( admin, warning, 'Arrests climb' );
		await openPublishPanel( admin );
		let verdict = await panelVerdict( admin );
		check( await admin.$( '.claimcheck-finding--warning' ), 'no warning listed:\n' + verdict );
		check( /Warning/.test( await admin.$eval( '.claimcheck-finding--warning .claimcheck-severity', ( e ) => e.textContent ) ), 'the severity is not written out' );
		check( ! await publishDisabled( admin ), 'a warning holds publishing by default' );
		await t.shot( admin, 'warning-does-not-block' );
		await saveSettings( admin, { warningsBlock: true } );
		await openNewPost( admin );
		await setBlocks( admin, warning, 'Arrests climb' );
		await openPublishPanel( admin );
		verdict = await panelVerdict( admin );
		check( /Publishing is held/.test( verdict ) && await publishDisabled( admin ), 'with "warnings hold publishing" on, the warning does not hold it:\n' + verdict );
		const r = await api( admin, { path: '/wp/v2/posts', method: 'POST', data: { title: 'Arrests climb', content: blockHtml( warning ), status: 'publish' } } );
		check( r.ok && r.body.status === 'draft', 'a REST publish with a warning went through with the setting on: ' + JSON.stringify( r.body && r.body.claimcheck ) );
	}, later );

	await t.step( 'UnreachableClaimcheckHolds', async () => {
		const closed = 'http://127.0.0.1:' + await freePort();
		const text = await saveSettings( admin, { url: closed, unreachable: 'hold' } );
		check( /could not be reached/.test( await admin.$eval( '#claimcheck-connection', ( e ) => e.innerText ) ), 'the settings page does not say claimcheck is unreachable:\n' + text );
		await openNewPost( admin );
		await setBlocks( admin, DENVER_36() );
		await openPublishPanel( admin );
		const verdict = await panelVerdict( admin );
		check( /could not be reached/.test( verdict ) && /held/.test( verdict ), 'the panel does not say it is held for want of claimcheck:\n' + verdict );
		check( await publishDisabled( admin ), 'Publish is enabled with claimcheck unreachable and the setting "hold"' );
		await t.shot( admin, 'unreachable-hold' );
		const r = await api( admin, { path: '/wp/v2/posts', method: 'POST', data: { title: 'No figures at all', content: blockHtml( [ 'A quiet week.' ] ), status: 'publish' } } );
		check( r.ok && r.body.status === 'draft' && /could not be reached/.test( r.body.claimcheck.hold.message ), 'a REST publish went through: ' + JSON.stringify( r.body && r.body.claimcheck ) );
		// Still unreachable for the next step.
	}, later );

	await t.step( 'UnreachableClaimcheckPublishesWithNotice', async () => {
		await saveSettings( admin, { url: 'http://127.0.0.1:' + await freePort(), unreachable: 'publish' } );
		const id = await openNewPost( admin );
		await setBlocks( admin, DENVER_36() );
		await openPublishPanel( admin );
		const verdict = await panelVerdict( admin );
		check( /could not be reached/.test( verdict ) && /Not checked/.test( verdict ), 'the panel does not say the post goes out unchecked:\n' + verdict );
		check( ! await publishDisabled( admin ), 'Publish is disabled although the setting says publish' );
		await t.shot( admin, 'unreachable-publish' );
		await admin.click( '.editor-post-publish-panel .editor-post-publish-button' );
		await admin.waitForSelector( '.post-publish-panel__postpublish' );
		const post = await postStatus( admin, id );
		check( post.status === 'publish', 'not published: ' + post.status );
		check( post.claimcheck.notice && /could not be reached/.test( post.claimcheck.notice.message ), 'no notice kept: ' + JSON.stringify( post.claimcheck ) );
	}, later );

	await t.step( 'WrongTokenIsClear', async () => {
		await saveSettings( admin, { url: env.claimcheckUrl, token: 'not-the-token', unreachable: 'hold' } );
		const status = await admin.$eval( '#claimcheck-connection', ( e ) => e.innerText );
		check( /did not accept the token/.test( status ), 'the settings page does not say the token is refused: ' + status );
		await openNewPost( admin );
		await setBlocks( admin, DENVER_36() );
		const before = await editedContent( admin );
		await openPublishPanel( admin );
		const verdict = await panelVerdict( admin );
		check( /did not accept the token/.test( verdict ), 'the panel does not say the token is refused:\n' + verdict );
		check( ! verdict.includes( 'not-the-token' ), 'the panel shows the token' );
		check( await publishDisabled( admin ), 'Publish is enabled with a refused token and the setting "hold"' );
		check( await editedContent( admin ) === before, 'the post changed' );
		await t.shot( admin, 'wrong-token' );
	}, later );
	await t.step( 'SettingsRestored', restoreSettings, setup );

	await t.step( 'HugePostIsClear', async () => {
		await openNewPost( admin );
		// About 1.3 MB of text in 200 paragraphs: over claimcheck's limit.
		const paragraph = DENVER_36().join( ' ' ) + ' ';
		const huge = Array.from( { length: 200 }, ( _, i ) => 'Part ' + ( i + 1 ) + '. ' + paragraph.repeat( Math.ceil( 6500 / paragraph.length ) ) );
		await setBlocks( admin, huge );
		const before = await editedContent( admin );
		check( before.length > 1200000, 'the huge post is only ' + before.length + ' characters' );
		await openPublishPanel( admin );
		const verdict = await panelVerdict( admin );
		check( /too large|limit|max/i.test( verdict ), 'no clear message for a huge post:\n' + verdict.slice( 0, 1000 ) );
		check( await publishDisabled( admin ), 'a huge unchecked post can be published with the setting "hold"' );
		check( await editedContent( admin ) === before, 'the huge post changed' );
		await t.shot( admin, 'huge-post' );
		await closePublishPanel( admin );
	}, later );

	await t.step( 'PostWithoutFiguresPublishes', async () => {
		const id = await openNewPost( admin );
		await writePost( admin, 'A quiet week', [ 'Nothing happened at the council this week, and nobody was arrested.' ] );
		await openPublishPanel( admin );
		const verdict = await panelVerdict( admin );
		check( /no figures/.test( verdict ), 'the panel does not say there are no figures:\n' + verdict );
		check( ! await publishDisabled( admin ), 'Publish is disabled for a post without figures' );
		await t.shot( admin, 'no-figures' );
		await admin.click( '.editor-post-publish-panel .editor-post-publish-button' );
		await admin.waitForSelector( '.post-publish-panel__postpublish' );
		check( ( await postStatus( admin, id ) ).status === 'publish', 'the post without figures was not published' );
	}, later );

	await t.step( 'ScriptInPostIsNeverRun', async () => {
		await openNewPost( admin );
		// Markup written as text into the paragraph of the total (no digits in it, so it adds no figures).
		const trap = '<img src=x onerror="window.claimcheckInjected=true"><script>window.claimcheckInjected=true</script>';
		const paragraphs = DENVER_36().map( ( p, i ) => ( i === 0 ? p.replace( /\.$/, ' ' + trap + '.' ) : p ) );
		await setBlocks( admin, paragraphs.map( ( p ) => p.replace( /&/g, '&amp;' ).replace( /</g, '&lt;' ).replace( />/g, '&gt;' ) ) );
		// And a real script in a Custom HTML block.
		await admin.evaluate( () => wp.data.dispatch( 'core/block-editor' ).insertBlocks(
			wp.blocks.createBlock( 'core/html', { content: '<p>A note for the desk.<script>window.claimcheckInjected=true</script></p>' } ) ) );
		const before = await editedContent( admin );
		await openPublishPanel( admin );
		const verdict = await panelVerdict( admin );
		check( await admin.$( '.claimcheck-finding--error' ), 'no finding:\n' + verdict );
		const panelHtml = await admin.$eval( '.claimcheck-panel', ( p ) => ( { imgs: p.querySelectorAll( 'img, script' ).length, text: p.innerText } ) );
		check( panelHtml.imgs === 0, 'the panel holds markup from the post' );
		check( panelHtml.text.includes( '<script>window.claimcheckInjected=true</script>' ), 'the sentence with the markup is not shown as text:\n' + panelHtml.text );
		await admin.click( '.claimcheck-finding--error .claimcheck-finding__select' );
		await sleep( 500 );
		check( await admin.evaluate( () => window.claimcheckInjected === undefined ), 'script from the post ran: ' + await admin.evaluate( () => window.claimcheckInjected ) );
		check( await editedContent( admin ) === before, 'the post changed' );
		await t.shot( admin, 'script-in-post' );
		await closePublishPanel( admin );
	}, later );

	await t.step( 'ExpiredNonceIsRenewed', async () => {
		await openNewPost( admin );
		await setBlocks( admin, DENVER_36() );
		await openPublishPanel( admin );
		await panelVerdict( admin );
		await admin.evaluate( () => {
			wp.apiFetch.nonceMiddleware.nonce = 'expired0';
		} );
		await admin.click( '.claimcheck-check-again' );
		const verdict = await panelVerdict( admin );
		check( await admin.$( '.claimcheck-finding--error' ), 'after a nonce expired, the check did not come back:\n' + verdict );
		check( await admin.evaluate( () => wp.apiFetch.nonceMiddleware.nonce !== 'expired0' ), 'the nonce was not renewed' );
	}, later );

	await t.step( 'LostLoginIsClearAndLosesNothing', async () => {
		const before = await editedContent( admin );
		const cookies = await admin.cookies();
		await admin.deleteCookie( ...cookies );
		await admin.evaluate( () => {
			wp.apiFetch.nonceMiddleware.nonce = 'expired0';
		} );
		await admin.click( '.claimcheck-check-again' );
		const verdict = await panelVerdict( admin );
		check( /log in again/i.test( verdict ), 'no clear message when the login is gone:\n' + verdict );
		check( await publishDisabled( admin ), 'Publish is enabled without a check' );
		check( await editedContent( admin ) === before, 'the post changed' );
		await t.shot( admin, 'login-lost' );
		await admin.setCookie( ...cookies );
		await admin.evaluate( () => window.wp.apiFetch( { path: '/wp/v2/users/me' } ) ).catch( () => null );
		await admin.click( '.claimcheck-check-again' );
		await panelVerdict( admin );
		check( await admin.$( '.claimcheck-finding--error' ), 'after logging in again the check did not come back' );
		await closePublishPanel( admin );
	}, later );

	await t.step( 'TokenNeverReachesTheBrowser', async () => {
		check( tokenLeaks.length === 0, 'the token was in answers to the browser: ' + tokenLeaks.join( ', ' ) );
		for ( const page of [ admin, editor, author ] ) {
			check( ! ( await page.content() ).includes( TOKEN ), 'the token is in a page' );
		}
	}, later );

	await t.step( 'NoPhpWarningsFromThePlugin', () => {
		const file = path.join( OUT, 'wp-debug.log' );
		const lines = fs.existsSync( file ) ? fs.readFileSync( file, 'utf8' ).split( '\n' ).filter( ( l ) => /plugins\/claimcheck/.test( l ) ) : [];
		check( lines.length === 0, 'PHP notices from the plugin:\n' + lines.slice( 0, 20 ).join( '\n' ) );
	}, later );

	await t.step( 'NothingLeftRunning', () => t.nothingLeftRunning(), { always: true } );
}

t.run( main );
