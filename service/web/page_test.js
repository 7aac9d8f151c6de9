'use strict';
/**
 * The editors' page (GET / of the HTTP gateway) in a real headless chromium
 * against a real claimcheck_server that needs a token, as an editor uses it:
 *
 *   - the page arrives with a strict Content-Security-Policy;
 *   - the worked example's paragraphs with Denver's 63 printed as 36 are
 *     pasted, the page asks for the token (and says so when one is
 *     refused), and then shows the error, the
 *     36 → 63 suggestion and the figures underlined by verdict;
 *   - the finding is selected by keyboard alone, its sentence and arithmetic
 *     shown; the correction is applied by keyboard, the text checked again
 *     and found consistent;
 *   - markup in an article stays text, a 20,000-word article is checked
 *     without freezing the page, and an article over the server's limit
 *     shows the server's field violation, with the text kept;
 *   - every request the browser makes goes to the server on 127.0.0.1, and
 *     the token is never in a URL, the page or the browser's storage.
 *
 * Each step is one JUnit case; each step's screenshot goes to
 * $TEST_UNDECLARED_OUTPUTS_DIR (tests/browser_harness.js).
 *
 * Usage (Bazel runs it through tests/browser_test.sh):
 *   node page_test.js --server=PATH/claimcheck_server \
 *     --story=PATH/kqed-ice-arrests-denver-36.txt
 */

const fs = require( 'fs' );
const path = require( 'path' );
const crypto = require( 'crypto' );
const { BrowserTest, check, until, parseArgs } = require( 'tests/browser_harness.js' );

const args = parseArgs( process.argv.slice( 2 ) );
const SERVER_BIN = path.resolve( args.server );
const STORY = fs.readFileSync( path.resolve( args.story ), 'utf8' ).trim();
const t = new BrowserTest( { suite: 'EditorsPage', tmpPrefix: 'page-', deadlineSeconds: Number( args.deadline_seconds || 600 ) } );
const TOKEN = 'desk-' + crypto.randomBytes( 12 ).toString( 'hex' );

// About 20,000 words: the story 30 times, between paragraphs of plain
// prose with no figures, as a long feature has.
function longArticle() {
	const prose = 'The council heard from residents who described the week in their own words, and the reporters ' +
		'who covered the hearing spoke with officials on every side of the question before the vote was taken.';
	const parts = [];
	let words = 0;
	for ( let i = 0; words < 20000; i++ ) {
		const block = i % 4 === 0 && i < 120 ? STORY : prose;
		parts.push( block );
		words += block.split( /\s+/ ).length;
	}
	return { text: parts.join( '\n\n' ), words };
}

let server;
let page;
const requests = [];

// Puts text in the article box as a paste does (one input event, undoable).
async function paste( text ) {
	await page.focus( '#text' );
	await page.evaluate( () => document.getElementById( 'text' ).select() );
	await page.evaluate( ( s ) => document.execCommand( 'insertText', false, s ), text );
}

// Presses Tab until `selector` has the focus; returns how many presses.
async function tabTo( selector, most = 60 ) {
	for ( let i = 1; i <= most; i++ ) {
		await page.keyboard.press( 'Tab' );
		if ( await page.evaluate( ( s ) => document.activeElement && document.activeElement.matches( s ), selector ) ) {
			return i;
		}
	}
	throw new Error( 'Tab never reached ' + selector );
}

async function checked() {
	await page.waitForFunction( () => ! document.body.hasAttribute( 'aria-busy' ) && /Checked|Not checked|token/.test( document.getElementById( 'status' ).textContent ), { timeout: 90000 } );
	return page.$eval( '#verdict', ( e ) => e.innerText );
}

async function main() {
	const setup = { setup: true };

	await t.step( 'ServerStartsWithToken', async () => {
		const tokens = path.join( t.TMP, 'tokens' );
		fs.writeFileSync( tokens, '# the desk of this run\n' + TOKEN + '\n' );
		server = await t.startClaimcheck( SERVER_BIN, [ '--token_file=' + tokens ] );
	}, setup );

	await t.step( 'PageArrivesWithStrictPolicy', async () => {
		await t.launchBrowser();
		page = await t.browser.newPage();
		page.setDefaultTimeout( 30000 );
		t.watch( page, 'editor' );
		page.on( 'request', ( r ) => requests.push( r.url() ) );
		const reply = await page.goto( server.url + '/', { waitUntil: 'load' } );
		check( reply.status() === 200, 'GET / answered ' + reply.status() );
		const policy = reply.headers()[ 'content-security-policy' ] || '';
		for ( const rule of [ "default-src 'none'", "script-src 'self'", "style-src 'self'", "connect-src 'self'", "frame-ancestors 'none'",
			"require-trusted-types-for 'script'" ] ) {
			check( policy.includes( rule ), 'the Content-Security-Policy lacks ' + rule + ': ' + policy );
		}
		check( ! /unsafe-inline|unsafe-eval|\*|https?:/.test( policy ), 'the policy lets in more than this server: ' + policy );
		check( reply.headers()[ 'x-content-type-options' ] === 'nosniff', 'no X-Content-Type-Options: nosniff' );
		check( await page.$eval( 'h1', ( h ) => h.textContent ) === 'claimcheck', 'the page has no heading' );
		const styled = await page.$eval( '#check', ( b ) => getComputedStyle( b ).backgroundColor );
		check( styled !== 'rgba(0, 0, 0, 0)' && styled !== 'rgb(239, 239, 239)', 'the style sheet did not apply: ' + styled );
		check( await page.$eval( '#legend', ( e ) => getComputedStyle( e ).display ) === 'none', 'the legend shows before anything is checked' );
		await t.shot( page, 'empty' );
	}, setup );

	await t.step( 'PastedArticleAsksForToken', async () => {
		await paste( STORY );
		await page.keyboard.down( 'Control' );
		await page.keyboard.press( 'Enter' );
		await page.keyboard.up( 'Control' );
		await page.waitForSelector( '#token-form:not([hidden])' );
		check( /asks for a token/.test( await page.$eval( '#token-why', ( e ) => e.textContent ) ), 'the page does not say a token is needed' );
		check( await page.evaluate( () => document.activeElement.id ) === 'token', 'the token field does not have the focus' );
		check( await page.$eval( '#text', ( e ) => e.value ) === STORY, 'the article changed' );
		// A token the server does not accept: said so, and nothing lost.
		await page.keyboard.type( 'not-the-token' );
		await page.keyboard.press( 'Enter' );
		await page.waitForFunction( () => /did not accept that token/.test( document.getElementById( 'token-why' ).textContent ) );
		check( await page.$eval( '#text', ( e ) => e.value ) === STORY, 'the article changed after a refused token' );
		check( await page.evaluate( () => document.activeElement.id ) === 'token', 'the token field does not have the focus again' );
		await t.shot( page, 'token-refused' );
		await page.keyboard.type( TOKEN );
		await page.keyboard.press( 'Enter' );
		await checked();
	}, setup );

	await t.step( 'DenverErrorAndSuggestionShown', async () => {
		const verdict = await page.$eval( '#verdict', ( e ) => e.innerText );
		check( /error/i.test( verdict ) && /fix/.test( verdict ), 'the verdict is not an error:\n' + verdict );
		const findings = await page.$$eval( 'button.finding', ( bs ) => bs.map( ( b ) => ( { cls: b.className, text: b.innerText } ) ) );
		const error = findings.find( ( f ) => /finding--error/.test( f.cls ) );
		check( error, 'no error finding: ' + JSON.stringify( findings ) );
		check( /add up to 471/.test( error.text ) && /36\s*→\s*63/.test( error.text ), 'the error does not show the sum and 36 → 63:\n' + error.text );
		check( /^Error/.test( error.text ), 'the severity is not written out: ' + error.text );
		check( await page.$( 'button.finding--error .severity svg.icon--error' ), 'the severity has no icon' );
		const denver = await page.$eval( '#checked [data-figure="denver"]', ( s ) => ( {
			text: s.textContent, cls: s.className, line: getComputedStyle( s ).textDecorationStyle,
		} ) );
		check( denver.text === '36' && /fig--error/.test( denver.cls ) && /fig--suspect/.test( denver.cls ), 'Denver\'s 36 is not marked: ' + JSON.stringify( denver ) );
		check( denver.line === 'wavy', 'an error figure is not underlined wavy: ' + denver.line );
		const share = await page.$eval( '#checked [data-figure="had-criminal-convictions"]', ( s ) => getComputedStyle( s ).textDecorationStyle ).catch( () => null );
		check( share === null || share === 'solid', 'a figure whose claim holds is not underlined solid: ' + share );
		check( await page.$( '#text' ).then( ( e ) => e.evaluate( ( x ) => x.hidden ) ), 'the article box is still shown instead of the checked text' );
		await t.shot( page, 'denver-36-error' );
	}, setup );

	await t.step( 'FindingSelectedByKeyboard', async () => {
		await page.evaluate( () => document.activeElement.blur() );
		const presses = await tabTo( 'button.finding--error' );
		await page.keyboard.press( 'Enter' );
		await page.waitForSelector( '#detail:not([hidden])' );
		check( await page.$eval( 'button.finding--error', ( b ) => b.getAttribute( 'aria-pressed' ) ) === 'true', 'the finding is not shown as selected' );
		const detail = await page.$eval( '#detail', ( e ) => e.innerText );
		check( /arrested 498 people nationwide/.test( detail ), 'the sentence is not shown:\n' + detail );
		check( /Stated\s*498/.test( detail ) && /Implied\s*471/.test( detail ) && /Gap\s*27/.test( detail ), 'the arithmetic is not shown:\n' + detail );
		check( /36 \(Denver\) may be 63/.test( detail ), 'the correction is not explained:\n' + detail );
		const selected = await page.$$eval( '#checked .fig--selected', ( ss ) => ss.map( ( s ) => s.textContent ) );
		check( selected.includes( '36' ) && selected.includes( '498' ), 'the finding\'s figures are not marked in the text: ' + selected );
		check( await page.$eval( '#checked .fig--target', ( s ) => s.textContent ) === '36', 'the suspect figure is not the one outlined' );
		check( /Illinois; 36 in Denver; 45/.test( await page.$eval( '#detail .correction-context', ( e ) => e.textContent ) ), 'the correction does not show where the 36 stands' );
		console.log( 'Tab presses from the top of the page to the error finding: ' + presses );
		// The whole page: the detail runs below the fold (docs/images/editors-page.png).
		await t.shot( page, 'finding-selected', { fullPage: true } );
	}, setup );

	await t.step( 'CorrectionAppliedByKeyboardAndCheckedAgain', async () => {
		await tabTo( '#detail button.apply' );
		check( /Replace 36 with 63/.test( await page.evaluate( () => document.activeElement.textContent ) ), 'the first correction is not 36 → 63' );
		await page.keyboard.press( 'Enter' );
		await page.waitForFunction( () => /Replaced 36 with 63/.test( document.getElementById( 'status' ).textContent ) &&
			/Checked/.test( document.getElementById( 'status' ).textContent ), { timeout: 60000 } );
		const verdict = await page.$eval( '#verdict', ( e ) => e.innerText );
		check( /Consistent/.test( verdict ), 'the corrected article is not consistent:\n' + verdict );
		check( ! await page.$( 'button.finding--error' ), 'an error is still listed' );
		check( ( await page.$eval( '#text', ( e ) => e.value ) ).includes( '63 in Denver' ), 'the text does not read 63 in Denver' );
		check( ( await page.$eval( '#checked', ( e ) => e.textContent ) ).includes( '63 in Denver' ), 'the checked text does not read 63 in Denver' );
		check( /fig--consistent/.test( await page.$eval( '#checked [data-figure="denver"]', ( s ) => s.className ) ), 'Denver is not shown as adding up' );
		check( await page.evaluate( () => document.activeElement.id ) === 'findings-heading', 'the focus did not move to the findings' );
		await t.shot( page, 'denver-63-consistent' );
	}, setup );

	await t.step( 'EditingTheTextKeepsTheCorrection', async () => {
		await page.focus( '#edit' );
		await page.keyboard.press( 'Enter' );
		check( await page.evaluate( () => document.activeElement.id ) === 'text', 'Edit does not put the focus in the text' );
		check( ( await page.$eval( '#text', ( e ) => e.value ) ).includes( '63 in Denver' ), 'the box lost the correction' );
	} );

	await t.step( 'MarkupInArticleStaysText', async () => {
		const trap = '<img src=x onerror="window.injected=1"><script>window.injected=2</script>';
		await paste( STORY.replace( 'this week', 'this week ' + trap ) );
		await page.click( '#check' );
		await checked();
		check( await page.evaluate( () => window.injected === undefined ), 'script from the article ran' );
		check( await page.$$eval( '#checked img, #checked script, #findings img, #detail img', ( es ) => es.length ) === 0, 'markup from the article became elements' );
		check( ( await page.$eval( '#checked', ( e ) => e.textContent ) ).includes( trap ), 'the markup is not shown as the words it is' );
		await t.shot( page, 'markup-stays-text' );
	} );

	await t.step( 'LongArticleDoesNotFreezeThePage', async () => {
		const { text, words } = longArticle();
		check( words >= 20000, 'the long article is only ' + words + ' words' );
		await page.click( '#edit' );
		await page.$eval( '#text', ( e, s ) => {
			e.value = s;
		}, text );
		// The longest time the page could not answer, while it checks.
		await page.evaluate( () => {
			window.longest = 0;
			new PerformanceObserver( ( list ) => {
				for ( const e of list.getEntries() ) {
					window.longest = Math.max( window.longest, e.duration );
				}
			} ).observe( { type: 'longtask' } );
		} );
		await page.click( '#check' );
		// The page answers while the server works.
		check( await page.evaluate( () => document.getElementById( 'status' ).textContent ) === 'Checking…', 'the page does not say it is checking' );
		const verdict = await checked();
		check( /error/i.test( verdict ), 'the long article\'s errors are not found:\n' + verdict );
		const shown = await page.$$eval( 'button.finding--error', ( bs ) => bs.length );
		check( shown >= 30, 'only ' + shown + ' errors listed for 30 copies of the story' );
		const longest = await page.evaluate( () => window.longest );
		console.log( 'long article: ' + words + ' words, ' + shown + ' errors; longest task ' + Math.round( longest ) + ' ms' );
		check( longest < 3000, 'the page froze for ' + Math.round( longest ) + ' ms' );
		await t.shot( page, 'long-article' );
	} );

	await t.step( 'OversizedArticleShowsFieldViolation', async () => {
		const huge = ( STORY + '\n\n' ).repeat( Math.ceil( 1100000 / ( STORY.length + 2 ) ) );
		await page.click( '#edit' );
		await page.$eval( '#text', ( e, s ) => {
			e.value = s;
		}, huge );
		await page.click( '#check' );
		const verdict = await checked();
		check( /text: the article is \d+ bytes long; the limit is 1048576 bytes/.test( verdict ) && /TEXT_TOO_LONG/.test( verdict ),
			'the server\'s field violation is not shown:\n' + verdict );
		check( await page.$eval( '#text', ( e ) => e.value.length ) === huge.length, 'the text was lost' );
		await t.shot( page, 'field-violation' );
	} );

	await t.step( 'NoRequestLeavesTheServer', () => {
		check( requests.length > 3, 'too few requests seen: ' + requests.length );
		const away = requests.filter( ( u ) => ! u.startsWith( server.url + '/' ) );
		check( away.length === 0, 'requests beyond ' + server.url + ': ' + away.join( ', ' ) );
	} );

	await t.step( 'TokenKeptInMemoryOnly', async () => {
		check( ! requests.some( ( u ) => u.includes( TOKEN ) ), 'the token was in a URL' );
		check( ! ( await page.content() ).includes( TOKEN ), 'the token is in the page' );
		const stored = await page.evaluate( () => JSON.stringify( { local: { ...localStorage }, session: { ...sessionStorage }, cookie: document.cookie } ) );
		check( ! stored.includes( TOKEN ), 'the token is in the browser\'s storage: ' + stored );
		check( ( await page.cookies() ).length === 0, 'the page set cookies' );
	} );

	await t.step( 'NoConsoleErrors', () => {
		// The refusals the steps asked for (401 without the token, 400 for the
		// oversized article) are logged as failed loads; anything else, a
		// missing file or a policy violation, counts.
		const other = t.consoleLog.filter( ( l ) => ! /Failed to load resource: the server responded with a status of (401|400)/.test( l ) );
		check( other.length === 0, 'the browser reported:\n' + other.join( '\n' ) );
	} );

	await t.step( 'NothingLeftRunning', () => t.nothingLeftRunning(), { always: true } );
}

t.run( main );
