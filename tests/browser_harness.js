'use strict';
/**
 * What the browser tests share (//integrations/wordpress:plugin_test, and
 * the editors' page's): steps reported as JUnit cases, services started
 * in their own process groups and always stopped, claimcheck_server on free
 * 127.0.0.1 ports, and Debian's chromium (headless) driven by puppeteer-core.
 *
 *   const { BrowserTest, check } = require( 'tests/browser_harness.js' );
 *   const t = new BrowserTest( { suite: 'EditorsPage', tmpPrefix: 'page-' } );
 *   t.run( async () => {
 *     let server;
 *     await t.step( 'ServerStarts', async () => {
 *       server = await t.startClaimcheck( serverPath, [ '--token_file=...' ] );
 *     }, { setup: true } );   // server.url: its HTTP origin
 *     await t.step( 'PageOpens', async () => { ...; await t.shot( page, 'opened' ); } );
 *     await t.step( 'NothingLeftRunning', () => t.nothingLeftRunning(), { always: true } );
 *   } );
 *
 * Each step is one JUnit case in $XML_OUTPUT_FILE (after a failed set-up
 * step the others are reported skipped); screenshots, service logs and the
 * browser's console errors go to $TEST_UNDECLARED_OUTPUTS_DIR. The run ends
 * itself at its deadline, and on SIGTERM, with everything it started stopped.
 * tests/browser_test.sh runs such a script with the node and node_modules
 * that scripts/setup.sh installed.
 */

const fs = require( 'fs' );
const path = require( 'path' );
const net = require( 'net' );
const { spawn, spawnSync } = require( 'child_process' );
const puppeteer = require( 'puppeteer-core' );

const CHROMIUM = '/usr/bin/chromium';

function log( line ) {
	process.stdout.write( '[' + new Date().toISOString().slice( 11, 19 ) + '] ' + line + '\n' );
}

function check( condition, message ) {
	if ( ! condition ) {
		throw new Error( message );
	}
}

function sleep( ms ) {
	return new Promise( ( resolve ) => setTimeout( resolve, ms ) );
}

async function until( what, fn, timeoutMs = 30000, everyMs = 100 ) {
	const end = Date.now() + timeoutMs;
	let last;
	while ( Date.now() < end ) {
		try {
			const value = await fn();
			if ( value ) {
				return value;
			}
		} catch ( e ) {
			last = e;
		}
		await sleep( everyMs );
	}
	throw new Error( 'timed out waiting for ' + what + ( last ? ': ' + last.message : '' ) );
}

function freePort() {
	return new Promise( ( resolve, reject ) => {
		const server = net.createServer();
		server.on( 'error', reject );
		server.listen( 0, '127.0.0.1', () => {
			const { port } = server.address();
			server.close( () => resolve( port ) );
		} );
	} );
}

function portAnswers( port ) {
	return new Promise( ( resolve ) => {
		const socket = net.connect( port, '127.0.0.1' );
		socket.on( 'connect', () => {
			socket.destroy();
			resolve( true );
		} );
		socket.on( 'error', () => resolve( false ) );
	} );
}

function run( command, argv, options = {} ) {
	const r = spawnSync( command, argv, { encoding: 'utf8', timeout: 120000, ...options } );
	if ( r.status !== 0 ) {
		throw new Error( command + ' ' + argv.join( ' ' ) + ' failed (' + ( r.error || r.status ) + '):\n' + r.stdout + r.stderr );
	}
	return r.stdout;
}

function groupAlive( pid ) {
	try {
		process.kill( -pid, 0 );
		return true;
	} catch ( e ) {
		return e.code === 'EPERM';
	}
}

function xmlEscape( s ) {
	return String( s ).replace( /&/g, '&amp;' ).replace( /</g, '&lt;' ).replace( />/g, '&gt;' ).replace( /"/g, '&quot;' );
}

class BrowserTest {
	constructor( { suite, tmpPrefix, deadlineSeconds = 780, stepTimeoutMs = 120000 } ) {
		this.suite = suite;
		this.TMP = fs.mkdtempSync( path.join( process.env.TEST_TMPDIR || '/tmp', tmpPrefix ) );
		this.OUT = process.env.TEST_UNDECLARED_OUTPUTS_DIR || path.join( this.TMP, 'outputs' );
		this.XML = process.env.XML_OUTPUT_FILE || path.join( this.OUT, 'test.xml' );
		this.deadlineMs = deadlineSeconds * 1000;
		this.stepTimeoutMs = stepTimeoutMs;
		this.results = [];
		this.setupFailed = false;
		this.services = [];
		this.pages = [];
		this.consoleLog = [];
		this.browser = null;
		this.shotNumber = 0;
		fs.mkdirSync( this.OUT, { recursive: true } );
	}

	/* -------------------------------------------------------------- */
	/* Steps and the JUnit report                                       */
	/* -------------------------------------------------------------- */

	// Runs one step (one JUnit case). After a set-up step fails, the steps
	// that follow are reported skipped, except those marked always.
	async step( name, fn, { setup = false, always = false } = {} ) {
		if ( this.setupFailed && ! always ) {
			this.results.push( { name, ms: 0, skipped: 'a set-up step failed' } );
			return;
		}
		const started = Date.now();
		let timer;
		try {
			await Promise.race( [
				fn(),
				new Promise( ( _, reject ) => {
					timer = setTimeout( () => reject( new Error( 'step took longer than ' + this.stepTimeoutMs / 1000 + ' s' ) ), this.stepTimeoutMs );
				} ),
			] );
			this.results.push( { name, ms: Date.now() - started } );
			log( 'PASS ' + name + ' (' + ( Date.now() - started ) + ' ms)' );
		} catch ( e ) {
			this.results.push( { name, ms: Date.now() - started, error: e } );
			log( 'FAIL ' + name + ': ' + ( e && e.stack ? e.stack : e ) );
			await this.failureShots( name );
			if ( setup ) {
				this.setupFailed = true;
			}
		} finally {
			clearTimeout( timer );
		}
	}

	writeJUnit() {
		const results = this.results;
		const failures = results.filter( ( r ) => r.error ).length;
		const skipped = results.filter( ( r ) => r.skipped ).length;
		const total = results.reduce( ( t, r ) => t + r.ms, 0 ) / 1000;
		const cases = results.map( ( r ) => {
			const open = '    <testcase classname="' + xmlEscape( this.suite ) + '" name="' + xmlEscape( r.name ) + '" time="' + ( r.ms / 1000 ).toFixed( 3 ) + '"';
			if ( r.error ) {
				const text = r.error && r.error.stack ? r.error.stack : String( r.error );
				return open + '>\n      <failure message="' + xmlEscape( String( r.error.message || r.error ).split( '\n' )[ 0 ] ) + '">' + xmlEscape( text ) + '</failure>\n    </testcase>';
			}
			if ( r.skipped ) {
				return open + '>\n      <skipped message="' + xmlEscape( r.skipped ) + '"/>\n    </testcase>';
			}
			return open + '/>';
		} );
		fs.writeFileSync( this.XML, '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n  <testsuite name="' + xmlEscape( this.suite ) + '" tests="' + results.length +
			'" failures="' + failures + '" skipped="' + skipped + '" time="' + total.toFixed( 3 ) + '">\n' + cases.join( '\n' ) + '\n  </testsuite>\n</testsuites>\n' );
		return failures;
	}

	/* -------------------------------------------------------------- */
	/* Services: started here, stopped here                             */
	/* -------------------------------------------------------------- */

	startService( name, command, argv, options = {} ) {
		const logFile = path.join( this.OUT, name + '.log' );
		const fd = fs.openSync( logFile, 'a' );
		// detached: its own process group, so stopping it stops its children too.
		const child = spawn( command, argv, { detached: true, stdio: [ 'ignore', fd, fd ], ...options } );
		fs.closeSync( fd );
		const service = { name, child, logFile, exited: false };
		child.on( 'exit', () => {
			service.exited = true;
		} );
		this.services.push( service );
		return service;
	}

	readLog( service ) {
		return fs.existsSync( service.logFile ) ? fs.readFileSync( service.logFile, 'utf8' ) : '';
	}

	async stopService( service ) {
		const pid = service.child.pid;
		if ( ! groupAlive( pid ) ) {
			return;
		}
		try {
			process.kill( -pid, 'SIGTERM' );
		} catch ( e ) { /* gone already */ }
		const end = Date.now() + 20000;
		while ( Date.now() < end && groupAlive( pid ) ) {
			await sleep( 100 );
		}
		if ( groupAlive( pid ) ) {
			log( service.name + ' did not stop on SIGTERM: SIGKILL' );
			try {
				process.kill( -pid, 'SIGKILL' );
			} catch ( e ) { /* gone */ }
			await sleep( 200 );
		}
	}

	async stopEverything() {
		if ( this.browser ) {
			const proc = this.browser.process();
			try {
				await Promise.race( [ this.browser.close(), sleep( 10000 ) ] );
			} catch ( e ) { /* already closed */ }
			if ( proc && proc.exitCode === null && proc.signalCode === null ) {
				try {
					proc.kill( 'SIGKILL' );
				} catch ( e ) { /* gone */ }
			}
			this.browser = null;
		}
		for ( const service of this.services.slice().reverse() ) {
			await this.stopService( service );
		}
	}

	// Processes whose command line or working directory is under this run's TMP.
	processesOfThisRun() {
		const found = [];
		for ( const entry of fs.readdirSync( '/proc' ) ) {
			if ( ! /^\d+$/.test( entry ) || Number( entry ) === process.pid ) {
				continue;
			}
			try {
				const cmdline = fs.readFileSync( '/proc/' + entry + '/cmdline', 'utf8' ).replace( /\0/g, ' ' );
				let cwd = '';
				try {
					cwd = fs.readlinkSync( '/proc/' + entry + '/cwd' );
				} catch ( e ) { /* not ours to read */ }
				if ( cmdline.includes( this.TMP ) || cwd.startsWith( this.TMP ) ) {
					found.push( entry + ': ' + cmdline.trim() );
				}
			} catch ( e ) { /* exited meanwhile */ }
		}
		return found;
	}

	// The last step of a run: stops everything, then checks nothing is left.
	async nothingLeftRunning() {
		await this.stopEverything();
		const left = await until( 'every process of this run to end', () => this.processesOfThisRun().length === 0 || null, 20000 )
			.catch( () => this.processesOfThisRun() );
		check( left === true, 'still running: ' + ( Array.isArray( left ) ? left.join( '\n' ) : left ) );
		for ( const s of this.services ) {
			check( ! groupAlive( s.child.pid ), s.name + ' is still running' );
		}
	}

	// Starts claimcheck_server on free 127.0.0.1 ports with `args` added;
	// returns the service, with its HTTP origin as `url`, once /healthz
	// says SERVING.
	async startClaimcheck( serverBin, args = [], name = 'claimcheck_server' ) {
		check( fs.existsSync( serverBin ), 'claimcheck_server not found at ' + serverBin );
		const service = this.startService( name, serverBin, [ '--address=127.0.0.1', '--port=0', '--http_port=0', ...args ] );
		service.url = await until( name + ' to print its HTTP port', () => {
			check( ! service.exited, name + ' exited:\n' + this.readLog( service ) );
			const m = /claimcheck_server http on (\S+)/.exec( this.readLog( service ) );
			return m && 'http://' + m[ 1 ];
		}, 60000 );
		await until( name + ' /healthz to say SERVING', async () =>
			( await ( await fetch( service.url + '/healthz' ) ).json() ).status === 'SERVING', 30000 );
		return service;
	}

	/* -------------------------------------------------------------- */
	/* The browser                                                      */
	/* -------------------------------------------------------------- */

	async launchBrowser( { viewport = { width: 1440, height: 960 } } = {} ) {
		check( fs.existsSync( CHROMIUM ), CHROMIUM + ' is missing: run scripts/setup.sh (Debian package chromium)' );
		this.browser = await puppeteer.launch( {
			executablePath: CHROMIUM,
			headless: true,
			userDataDir: path.join( this.TMP, 'chromium' ),
			defaultViewport: viewport,
			// As root with no network: no sandbox, and none of Chromium's
			// background connections to Google's hosts.
			args: [ '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
				'--disable-component-update', '--disable-sync', '--disable-dev-shm-usage' ],
			env: { ...process.env, HOME: this.TMP },
			protocolTimeout: 60000,
		} );
		return this.browser;
	}

	// Keeps the page's console errors and warnings; accepts its dialogs
	// ("Leave site? Changes you made may not be saved": a writer moving on).
	watch( page, who ) {
		this.pages.push( page );
		page.on( 'console', ( m ) => {
			if ( m.type() === 'error' || m.type() === 'warning' ) {
				this.consoleLog.push( who + ' ' + m.type() + ': ' + m.text() );
			}
		} );
		page.on( 'pageerror', ( e ) => this.consoleLog.push( who + ' pageerror: ' + e.message ) );
		page.on( 'dialog', ( d ) => d.accept().catch( () => null ) );
	}

	async shot( page, name, options = {} ) {
		this.shotNumber++;
		const file = path.join( this.OUT, String( this.shotNumber ).padStart( 2, '0' ) + '-' + name + '.png' );
		await page.screenshot( { path: file, ...options } );
		return file;
	}

	async failureShots( stepName ) {
		for ( const [ i, page ] of this.pages.entries() ) {
			try {
				if ( ! page.isClosed() ) {
					await page.screenshot( { path: path.join( this.OUT, 'FAILED-' + stepName + '-page' + i + '.png' ) } );
				}
			} catch ( e ) { /* the browser may be gone */ }
		}
	}

	/* -------------------------------------------------------------- */
	/* The run                                                          */
	/* -------------------------------------------------------------- */

	async finish( code ) {
		await this.stopEverything().catch( ( e ) => log( 'stopping: ' + e ) );
		if ( this.consoleLog.length ) {
			fs.writeFileSync( path.join( this.OUT, 'browser-console.log' ), this.consoleLog.join( '\n' ) + '\n' );
		}
		const failures = this.writeJUnit();
		const skipped = this.results.filter( ( r ) => r.skipped ).length;
		log( this.results.length + ' steps: ' + ( this.results.length - failures - skipped ) + ' passed, ' + failures + ' failed, ' + skipped +
			' skipped; screenshots and logs in ' + this.OUT );
		process.exit( code || ( failures ? 1 : 0 ) );
	}

	// Runs `main` (the steps), then reports and exits; ends early, with every
	// service stopped, at the deadline or on SIGTERM / SIGINT.
	run( main ) {
		const deadline = setTimeout( () => {
			this.results.push( { name: 'FinishesInTime', ms: this.deadlineMs, error: new Error( 'the test ran past its ' + this.deadlineMs / 1000 + ' s deadline' ) } );
			this.finish( 1 );
		}, this.deadlineMs );
		for ( const signal of [ 'SIGTERM', 'SIGINT' ] ) {
			process.on( signal, () => {
				this.results.push( { name: 'NotInterrupted', ms: 0, error: new Error( 'stopped by ' + signal ) } );
				this.finish( 1 );
			} );
		}
		main().then( () => {
			clearTimeout( deadline );
			return this.finish( 0 );
		}, ( e ) => {
			log( 'unexpected: ' + e.stack );
			this.results.push( { name: 'RunsToTheEnd', ms: 0, error: e } );
			this.finish( 1 );
		} );
	}
}

// Named arguments: --name=value.
function parseArgs( argv ) {
	return Object.fromEntries( argv.map( ( a ) => {
		const m = /^--([^=]+)=(.*)$/.exec( a );
		if ( ! m ) {
			throw new Error( 'unknown argument ' + a );
		}
		return [ m[ 1 ], m[ 2 ] ];
	} ) );
}

module.exports = { BrowserTest, check, sleep, until, freePort, portAnswers, run, parseArgs, log };
