/*
 * The editors' page: the article goes to this server's POST /v1/text:check
 * (the same origin; no other host is ever asked for anything), and the
 * answer comes back as figures underlined by the verdict of their claims, a
 * list of findings, and for the one selected its sentence, its arithmetic
 * and the suggested corrections, each of which can be applied to the text,
 * which is then checked again.
 *
 * The article's words are only ever put in the page as text (textContent,
 * text nodes), never parsed as HTML, and the page's Content-Security-Policy
 * enforces Trusted Types, so markup in an article stays words on the screen.
 * A token, when the server asks for one, is kept in this script's memory
 * only: it is gone when the tab closes.
 */
( function () {
	'use strict';

	const SEVERITIES = {
		SEVERITY_ERROR: 'error',
		SEVERITY_WARNING: 'warning',
		SEVERITY_NOT_CHECKABLE: 'not-checkable',
	};
	const VERDICTS = {
		VERDICT_ERROR: 'error',
		VERDICT_WARNING: 'warning',
		VERDICT_NOT_CHECKABLE: 'not-checkable',
		VERDICT_CONSISTENT: 'consistent',
	};
	// Worse verdicts rank higher: a figure shows the worst of its claims'.
	const RANK = { unused: 0, consistent: 1, 'not-checkable': 2, warning: 3, error: 4 };
	const WORDS = {
		error: 'Error',
		warning: 'Warning',
		'not-checkable': 'Not checkable',
		consistent: 'Adds up',
		unused: 'Not in a claim',
		refused: 'Not checked',
	};

	const $ = ( id ) => document.getElementById( id );
	const ui = {};
	const state = {
		token: '',
		checkedText: null, // the text the findings are about
		findings: [],
		figures: new Map(), // id -> { id, text, label, start, end, verdict, suspect }
		selected: -1,
		busy: false,
		stale: false,
	};

	function el( tag, className, text ) {
		const e = document.createElement( tag );
		if ( className ) {
			e.className = className;
		}
		if ( text !== undefined ) {
			e.textContent = text;
		}
		return e;
	}

	// A small icon for a severity, drawn here so that no file or font is
	// fetched for it; the word beside it says the same for everyone.
	function icon( kind ) {
		const ns = 'http://www.w3.org/2000/svg';
		const svg = document.createElementNS( ns, 'svg' );
		svg.setAttribute( 'viewBox', '0 0 16 16' );
		svg.setAttribute( 'class', 'icon icon--' + kind );
		svg.setAttribute( 'aria-hidden', 'true' );
		svg.setAttribute( 'focusable', 'false' );
		const shape = document.createElementNS( ns, 'path' );
		const mark = document.createElementNS( ns, 'path' );
		if ( kind === 'error' ) {
			shape.setAttribute( 'd', 'M5 1h6l4 4v6l-4 4H5l-4-4V5z' ); // octagon
			mark.setAttribute( 'd', 'M5.5 5.5l5 5M10.5 5.5l-5 5' ); // cross
		} else if ( kind === 'warning' ) {
			shape.setAttribute( 'd', 'M8 1l7.5 13.5H.5z' ); // triangle
			mark.setAttribute( 'd', 'M8 6v4M8 12v.5' ); // !
		} else if ( kind === 'consistent' ) {
			shape.setAttribute( 'd', 'M8 1a7 7 0 1 1 0 14A7 7 0 1 1 8 1z' ); // circle
			mark.setAttribute( 'd', 'M4.5 8.5l2.5 2.5 4.5-5' ); // tick
		} else {
			shape.setAttribute( 'd', 'M2 2h12v12H2z' ); // square
			mark.setAttribute( 'd', 'M6 6.5a2 2 0 1 1 2 2v1.5M8 12v.5' ); // ?
		}
		shape.setAttribute( 'class', 'icon-shape' );
		mark.setAttribute( 'class', 'icon-mark' );
		svg.append( shape, mark );
		return svg;
	}

	function severityLabel( kind ) {
		const span = el( 'span', 'severity severity--' + kind );
		span.append( icon( kind ), el( 'span', 'severity-word', WORDS[ kind ] ) );
		return span;
	}

	function setStatus( text ) {
		ui.status.textContent = text;
	}

	/* ---------------------------------------------------------------- */
	/* Asking the server                                                  */
	/* ---------------------------------------------------------------- */

	async function check( { after = '' } = {} ) {
		if ( state.busy ) {
			return;
		}
		const text = ui.text.hidden ? state.checkedText : ui.text.value;
		if ( ! text || ! text.trim() ) {
			setStatus( 'Paste or type an article first.' );
			ui.text.hidden = false;
			ui.text.focus();
			return;
		}
		state.busy = true;
		ui.check.disabled = true;
		setStatus( 'Checking…' );
		document.body.setAttribute( 'aria-busy', 'true' );
		const headers = { 'content-type': 'application/json' };
		if ( state.token ) {
			headers.authorization = 'Bearer ' + state.token;
		}
		let reply;
		let body = null;
		try {
			reply = await fetch( '/v1/text:check', {
				method: 'POST',
				headers,
				body: JSON.stringify( { articleId: 'editors-page', text } ),
				credentials: 'omit',
				cache: 'no-store',
			} );
			body = await reply.json().catch( () => null );
		} catch ( e ) {
			reply = null;
		}
		state.busy = false;
		ui.check.disabled = false;
		document.body.removeAttribute( 'aria-busy' );
		if ( ! reply ) {
			showProblem( 'claimcheck could not be reached. Your text is still here; try again in a moment.' );
			return;
		}
		if ( reply.status === 401 ) {
			askForToken( body );
			return;
		}
		if ( ! reply.ok || ! body || ! body.check ) {
			showServerError( reply.status, body );
			return;
		}
		ui.tokenForm.hidden = true;
		show( text, body, after );
	}

	function askForToken( body ) {
		const reason = body && body.error ? errorReason( body.error ) : '';
		ui.tokenWhy.textContent = reason === 'INVALID_TOKEN' ?
			'This server did not accept that token. Check it with whoever runs claimcheck and try again.' :
			'This claimcheck server asks for a token. Ask whoever runs it for one.';
		ui.tokenForm.hidden = false;
		setStatus( 'A token is needed: nothing was checked.' );
		ui.token.focus();
	}

	function errorReason( error ) {
		for ( const d of error.details || [] ) {
			if ( d.reason ) {
				return d.reason;
			}
		}
		return '';
	}

	// The server's own words, and each field it says is wrong.
	function showServerError( status, body ) {
		const error = body && body.error;
		const lines = [];
		for ( const d of ( error && error.details ) || [] ) {
			for ( const v of d.fieldViolations || [] ) {
				lines.push( ( v.field ? v.field + ': ' : '' ) + ( v.description || '' ) + ( v.reason ? ' (' + v.reason + ')' : '' ) );
			}
		}
		let message;
		if ( error && lines.length ) {
			message = 'claimcheck could not read this request:';
		} else if ( error && error.message ) {
			message = 'claimcheck could not check this article: ' + error.message;
		} else if ( status === 413 ) {
			message = 'The article is larger than this server accepts in one request. Check it in parts.';
		} else {
			message = 'claimcheck answered HTTP ' + status + ' and checked nothing.';
		}
		showProblem( message, lines );
	}

	// Nothing was checked: the findings of an earlier text go, and the text
	// is shown in its box, as it was.
	function showProblem( message, lines = [] ) {
		if ( ui.text.hidden && state.checkedText !== null ) {
			ui.text.value = state.checkedText;
		}
		state.checkedText = null;
		state.findings = [];
		state.selected = -1;
		ui.list.replaceChildren();
		ui.detail.hidden = true;
		edit();
		setStatus( 'Not checked. Your text is unchanged.' );
		ui.verdict.replaceChildren();
		ui.verdict.className = 'verdict verdict--problem';
		ui.verdict.setAttribute( 'role', 'alert' );
		ui.check.textContent = 'Check the figures';
		ui.verdict.append( severityLabel( 'refused' ), el( 'span', 'verdict-text', ' ' + message ) );
		if ( lines.length ) {
			const list = el( 'ul', 'violations' );
			for ( const line of lines ) {
				list.append( el( 'li', '', line ) );
			}
			ui.verdict.append( list );
		}
	}

	/* ---------------------------------------------------------------- */
	/* Reading the answer                                                 */
	/* ---------------------------------------------------------------- */

	// A span's place in UTF-16 code units, as JavaScript strings count.
	function place( span ) {
		if ( ! span ) {
			return null;
		}
		const r = span.utf16 || span;
		const start = Number( r.start || 0 );
		const end = Number( r.end || 0 );
		return end > start ? { start, end } : null;
	}

	// The ids of the figures a claim uses: every "...Id" and "...Ids" field
	// of its kind (totalId, parts[].figureId, percentIds, ...).
	function figureIdsOf( claim, figures ) {
		const ids = new Set();
		const walk = ( value, key ) => {
			if ( Array.isArray( value ) ) {
				value.forEach( ( v ) => walk( v, key ) );
			} else if ( value && typeof value === 'object' ) {
				for ( const [ k, v ] of Object.entries( value ) ) {
					if ( k !== 'span' ) {
						walk( v, k );
					}
				}
			} else if ( typeof value === 'string' && /Ids?$/.test( key ) && figures.has( value ) ) {
				ids.add( value );
			}
		};
		for ( const [ k, v ] of Object.entries( claim ) ) {
			if ( k !== 'id' && k !== 'span' && k !== 'text' ) {
				walk( v, k );
			}
		}
		return ids;
	}

	function rangeText( range ) {
		if ( ! range ) {
			return '';
		}
		if ( range.text ) {
			return range.text;
		}
		const lower = range.lower && range.lower.value;
		const upper = range.upper && range.upper.value;
		if ( lower && upper ) {
			return lower === upper ? lower : lower + ' to ' + upper;
		}
		return lower ? 'at least ' + lower : upper ? 'at most ' + upper : '';
	}

	function read( text, response ) {
		const extraction = response.extraction || {};
		const check = response.check || {};
		const request = extraction.request || {};
		const figures = new Map();
		for ( const f of request.figures || [] ) {
			const at = place( f.span );
			figures.set( f.id, { id: f.id, text: f.text || '', label: f.label || '', at, verdict: 'unused', suspect: false, findings: [] } );
		}
		const sentences = new Map();
		for ( const c of request.claims || [] ) {
			sentences.set( c.id, { text: c.text || '', at: place( c.span ) } );
		}
		for ( const e of extraction.claims || [] ) {
			if ( e.evidence && e.evidence.sentence ) {
				sentences.set( e.claimId, { text: e.evidence.sentence, at: place( e.evidence.sentenceSpan ) } );
			}
		}
		const verdicts = new Map();
		for ( const r of check.results || [] ) {
			verdicts.set( r.claimId, VERDICTS[ r.verdict ] || 'not-checkable' );
		}
		for ( const c of request.claims || [] ) {
			const verdict = verdicts.get( c.id );
			if ( ! verdict ) {
				continue; // proposed, not checked
			}
			for ( const id of figureIdsOf( c, figures ) ) {
				const f = figures.get( id );
				if ( RANK[ verdict ] > RANK[ f.verdict ] ) {
					f.verdict = verdict;
				}
			}
		}

		const correctionOf = ( c ) => ( {
			figureId: c.figureId || '',
			printed: c.printedText || '',
			corrected: c.correctedText || '',
			explanation: c.explanation || '',
		} );
		const findings = [];
		for ( const r of check.results || [] ) {
			for ( const d of r.discrepancies || [] ) {
				const ids = ( d.figures || [] ).map( ( f ) => f.id ).filter( ( id ) => figures.has( id ) );
				findings.push( {
					severity: SEVERITIES[ d.severity ] || 'not-checkable',
					code: d.code || '',
					message: d.message || '',
					sentences: sentences.has( r.claimId ) ? [ sentences.get( r.claimId ) ] : [],
					figureIds: ids,
					stated: rangeText( d.stated ),
					implied: rangeText( d.implied ),
					gap: d.gap ? d.gap + ( d.gapPercent ? ' (' + d.gapPercent + ' % of the implied value)' : '' ) : '',
					missing: d.missing || [],
					corrections: ( d.corrections || [] ).map( correctionOf ),
				} );
			}
		}
		// Claims that each hold alone but not together: errors no single
		// claim reports. A conflict of one claim repeats its discrepancy.
		const article = check.article || {};
		( article.conflicts || [] ).forEach( ( conflict, index ) => {
			const claimIds = conflict.claimIds || [];
			if ( claimIds.length < 2 ) {
				return;
			}
			const ids = ( conflict.figureIds || [] ).filter( ( id ) => figures.has( id ) );
			ids.forEach( ( id ) => {
				figures.get( id ).verdict = 'error';
			} );
			findings.push( {
				severity: 'error',
				code: 'article.conflict',
				message: conflict.message || '',
				sentences: claimIds.filter( ( id ) => sentences.has( id ) ).map( ( id ) => sentences.get( id ) ),
				figureIds: ids,
				stated: '',
				implied: '',
				gap: '',
				missing: [],
				corrections: ( article.suspects || [] ).filter( ( s ) => s.correction && ( s.conflictIndexes || [] ).includes( index ) )
					.map( ( s ) => correctionOf( s.correction ) ),
			} );
		} );
		for ( const s of article.suspects || [] ) {
			if ( s.correction && figures.has( s.correction.figureId ) ) {
				figures.get( s.correction.figureId ).suspect = true;
			}
		}
		// How far each finding's corrections can be trusted: the reason of the
		// diagnosis whose suspects they are ("only the source can tell").
		const suspects = article.suspects || [];
		for ( const f of findings ) {
			const ids = new Set( f.corrections.map( ( c ) => c.figureId ) );
			const diagnosis = ( article.diagnoses || [] ).find( ( d ) => ( d.suspectIndexes || [] )
				.some( ( i ) => suspects[ i ] && suspects[ i ].correction && ids.has( suspects[ i ].correction.figureId ) ) );
			f.confidence = diagnosis ? diagnosis.confidenceReason || '' : '';
		}
		findings.sort( ( a, b ) => RANK[ b.severity ] - RANK[ a.severity ] );
		findings.forEach( ( f, i ) => {
			for ( const id of f.figureIds ) {
				figures.get( id ).findings.push( i );
			}
		} );
		return { findings, figures, summary: check.summary || {}, article };
	}

	/* ---------------------------------------------------------------- */
	/* Showing it                                                         */
	/* ---------------------------------------------------------------- */

	function show( text, response, after ) {
		const { findings, figures, summary, article } = read( text, response );
		state.checkedText = text;
		state.findings = findings;
		state.figures = figures;
		state.selected = -1;
		state.stale = false;
		renderText();
		renderVerdict( findings, figures, summary, article );
		renderList();
		ui.detail.hidden = true;
		ui.text.hidden = true;
		ui.checked.hidden = false;
		ui.legend.hidden = false;
		ui.edit.hidden = false;
		ui.check.textContent = 'Check again';
		const counts = [ 'error', 'warning', 'not-checkable' ].map( ( s ) => findings.filter( ( f ) => f.severity === s ).length );
		setStatus( ( after ? after + ' ' : '' ) + 'Checked: ' + counts[ 0 ] + ' error' + ( counts[ 0 ] === 1 ? '' : 's' ) + ', ' +
			counts[ 1 ] + ' warning' + ( counts[ 1 ] === 1 ? '' : 's' ) + ', ' + counts[ 2 ] + ' not checkable.' );
	}

	// The checked text, each figure underlined by its verdict.
	function renderText() {
		const text = state.checkedText;
		const placed = [ ...state.figures.values() ].filter( ( f ) => f.at && f.at.end <= text.length )
			.sort( ( a, b ) => a.at.start - b.at.start );
		const fragment = document.createDocumentFragment();
		let at = 0;
		for ( const f of placed ) {
			if ( f.at.start < at ) {
				continue; // overlapping: the first one shown wins
			}
			fragment.append( text.slice( at, f.at.start ) );
			const span = el( 'span', 'fig fig--' + f.verdict + ( f.suspect ? ' fig--suspect' : '' ), text.slice( f.at.start, f.at.end ) );
			span.dataset.figure = f.id;
			span.title = ( f.label ? f.label + ': ' : '' ) + WORDS[ f.verdict ] + ( f.suspect ? ', may be the wrong figure' : '' );
			fragment.append( span );
			at = f.at.end;
		}
		fragment.append( text.slice( at ) );
		ui.checked.replaceChildren( fragment );
	}

	function renderVerdict( findings, figures, summary, article ) {
		ui.verdict.removeAttribute( 'role' );
		ui.verdict.replaceChildren();
		const errors = findings.filter( ( f ) => f.severity === 'error' ).length;
		const warnings = findings.filter( ( f ) => f.severity === 'warning' ).length;
		let kind;
		let words;
		if ( figures.size === 0 ) {
			kind = 'not-checkable';
			words = 'No figures found to check.';
		} else if ( errors ) {
			kind = 'error';
			words = errors === 1 ? 'One finding is an error: fix it before publishing.' : errors + ' findings are errors: fix them before publishing.';
		} else if ( warnings ) {
			kind = 'warning';
			words = 'No errors; ' + ( warnings === 1 ? 'one warning' : warnings + ' warnings' ) + ' to look at.';
		} else if ( ( summary.claims || 0 ) > ( summary.notCheckable || 0 ) ) {
			kind = 'consistent';
			words = 'Consistent: every claim that could be checked adds up.';
		} else {
			kind = 'not-checkable';
			words = 'No claim between the figures could be checked.';
		}
		ui.verdict.className = 'verdict verdict--' + kind;
		ui.verdict.append( severityLabel( kind ), el( 'span', 'verdict-text', ' ' + words ) );
		const facts = figures.size + ' figure' + ( figures.size === 1 ? '' : 's' ) + ', ' + ( summary.claims || 0 ) + ' claim' +
			( summary.claims === 1 ? '' : 's' ) + ' checked' + ( article.message ? '. ' + article.message : '.' );
		ui.verdict.append( el( 'span', 'verdict-facts', facts ) );
	}

	function renderList() {
		ui.list.replaceChildren();
		state.findings.forEach( ( f, i ) => {
			const li = el( 'li' );
			const button = el( 'button', 'finding finding--' + f.severity );
			button.type = 'button';
			button.dataset.index = String( i );
			button.setAttribute( 'aria-pressed', 'false' );
			button.append( severityLabel( f.severity ), el( 'span', 'finding-message', f.message ) );
			const texts = f.figureIds.map( ( id ) => state.figures.get( id ).text );
			if ( texts.length ) {
				button.append( el( 'span', 'finding-figures', 'Figures: ' + texts.join( ', ' ) ) );
			}
			if ( f.corrections.length ) {
				const c = f.corrections[ 0 ];
				button.append( el( 'span', 'finding-suggestion', 'Suggested: ' + c.printed + ' → ' + c.corrected ) );
			}
			li.append( button );
			ui.list.append( li );
		} );
		if ( ! state.findings.length ) {
			ui.list.append( el( 'li', 'finding-none', 'No findings.' ) );
		}
	}

	function select( index, { scroll = true } = {} ) {
		const f = state.findings[ index ];
		if ( ! f ) {
			return;
		}
		state.selected = index;
		for ( const b of ui.list.querySelectorAll( 'button.finding' ) ) {
			b.setAttribute( 'aria-pressed', String( Number( b.dataset.index ) === index ) );
		}
		for ( const s of ui.checked.querySelectorAll( '.fig--selected, .fig--target' ) ) {
			s.classList.remove( 'fig--selected', 'fig--target' );
		}
		let first = null;
		for ( const id of f.figureIds ) {
			const span = ui.checked.querySelector( '[data-figure="' + CSS.escape( id ) + '"]' );
			if ( span ) {
				span.classList.add( 'fig--selected' );
				first = first || span;
			}
		}
		const suspect = f.corrections.length && ui.checked.querySelector( '[data-figure="' + CSS.escape( f.corrections[ 0 ].figureId ) + '"]' );
		if ( suspect ) {
			suspect.classList.add( 'fig--target' );
		}
		if ( scroll && ( suspect || first ) && ! ui.checked.hidden ) {
			( suspect || first ).scrollIntoView( { block: 'nearest' } );
		}
		renderDetail( f );
	}

	// A sentence with the finding's figures marked in it.
	function sentenceNode( sentence, f ) {
		const quote = el( 'p' );
		const marks = sentence.at ? f.figureIds.map( ( id ) => state.figures.get( id ) )
			.filter( ( g ) => g.at && g.at.start >= sentence.at.start && g.at.end <= sentence.at.end )
			.sort( ( a, b ) => a.at.start - b.at.start ) : [];
		let at = 0;
		for ( const g of marks ) {
			const start = g.at.start - sentence.at.start;
			const end = g.at.end - sentence.at.start;
			if ( start < at ) {
				continue;
			}
			quote.append( sentence.text.slice( at, start ), el( 'mark', 'fig fig--' + g.verdict, sentence.text.slice( start, end ) ) );
			at = end;
		}
		quote.append( sentence.text.slice( at ) );
		return quote;
	}

	// Where a figure stands: a few words either side of it, within its
	// paragraph.
	function contextNode( figure ) {
		const text = state.checkedText;
		if ( ! figure || ! figure.at || ! text ) {
			return null;
		}
		const paragraphStart = text.lastIndexOf( '\n', figure.at.start - 1 ) + 1;
		let paragraphEnd = text.indexOf( '\n', figure.at.end );
		paragraphEnd = paragraphEnd < 0 ? text.length : paragraphEnd;
		const reach = 50;
		let start = Math.max( paragraphStart, figure.at.start - reach );
		let end = Math.min( paragraphEnd, figure.at.end + reach );
		// Whole words only.
		if ( start > paragraphStart ) {
			start = text.indexOf( ' ', start ) + 1 || start;
		}
		if ( end < paragraphEnd ) {
			const space = text.lastIndexOf( ' ', end );
			end = space > figure.at.end ? space : end;
		}
		const p = el( 'p', 'correction-context' );
		p.append( ( start > paragraphStart ? '…' : '' ) + text.slice( start, figure.at.start ),
			el( 'mark', '', text.slice( figure.at.start, figure.at.end ) ),
			text.slice( figure.at.end, end ) + ( end < paragraphEnd ? '…' : '' ) );
		return p;
	}

	function renderDetail( f ) {
		ui.detailHeading.replaceChildren( severityLabel( f.severity ), el( 'span', 'detail-code', ' ' + f.code ) );
		ui.detailMessage.textContent = f.message;
		ui.detailSentence.replaceChildren( ...( f.sentences.length ? f.sentences.map( ( s ) => sentenceNode( s, f ) ) : [ el( 'p', '', '(no sentence given)' ) ] ) );
		const arithmetic = f.stated || f.implied || f.gap;
		ui.detailArithmetic.hidden = ! arithmetic;
		ui.detailStated.textContent = f.stated || '—';
		ui.detailImplied.textContent = f.implied || '—';
		ui.detailGap.textContent = f.gap || '—';
		ui.detailCorrectionList.replaceChildren();
		ui.detailCorrectionsHeading.textContent = f.corrections.length > 1 ? 'Suggested corrections' :
			f.corrections.length ? 'Suggested correction' : 'What would settle it';
		if ( f.corrections.length ) {
			if ( f.confidence ) {
				ui.detailCorrectionList.append( el( 'li', 'hint', f.confidence ) );
			}
			for ( const c of f.corrections ) {
				const li = el( 'li' );
				li.append( el( 'p', 'correction-explanation', c.explanation || c.printed + ' may be ' + c.corrected ) );
				const context = contextNode( state.figures.get( c.figureId ) );
				if ( context ) {
					li.append( context );
				}
				const button = el( 'button', 'apply', 'Replace ' + c.printed + ' with ' + c.corrected );
				button.type = 'button';
				button.disabled = state.stale;
				button.addEventListener( 'click', () => apply( c ) );
				li.append( button );
				ui.detailCorrectionList.append( li );
			}
			if ( state.stale ) {
				ui.detailCorrectionList.append( el( 'li', 'hint', 'The text has changed since it was checked: check it again to apply a correction.' ) );
			}
		} else if ( f.missing.length ) {
			ui.detailCorrectionList.append( el( 'li', '', 'The article does not give: ' + f.missing.join( ', ' ) + '.' ) );
		} else {
			ui.detailCorrectionList.append( el( 'li', '', 'No single figure changed makes this hold: the source will tell.' ) );
		}
		ui.detail.hidden = false;
	}

	// Puts the corrected figure in the text, then checks it again.
	function apply( c ) {
		const f = state.figures.get( c.figureId );
		const text = state.checkedText;
		if ( state.stale || ! f || ! f.at || text.slice( f.at.start, f.at.end ) !== c.printed ) {
			setStatus( 'That figure is no longer where it was: check the text again first.' );
			return;
		}
		const corrected = text.slice( 0, f.at.start ) + c.corrected + text.slice( f.at.end );
		ui.text.value = corrected;
		state.checkedText = corrected;
		const said = 'Replaced ' + c.printed + ' with ' + c.corrected + ( f.label ? ' (' + f.label + ')' : '' ) + '.';
		setStatus( said + ' Checking again…' );
		check( { after: said } ).then( () => {
			ui.findingsHeading.focus();
		} );
	}

	function edit() {
		ui.checked.hidden = true;
		ui.legend.hidden = true;
		ui.edit.hidden = true;
		ui.text.hidden = false;
		ui.text.focus();
	}

	/* ---------------------------------------------------------------- */
	/* Wiring                                                             */
	/* ---------------------------------------------------------------- */

	function init() {
		for ( const [ key, id ] of Object.entries( {
			text: 'text', checked: 'checked', check: 'check', edit: 'edit', status: 'status', verdict: 'verdict', list: 'findings',
			legend: 'legend', detail: 'detail', detailHeading: 'detail-heading', detailMessage: 'detail-message',
			detailSentence: 'detail-sentence', detailArithmetic: 'detail-arithmetic', detailStated: 'detail-stated',
			detailImplied: 'detail-implied', detailGap: 'detail-gap', detailCorrectionsHeading: 'detail-corrections-heading',
			detailCorrectionList: 'detail-correction-list', tokenForm: 'token-form', tokenWhy: 'token-why', token: 'token',
			findingsHeading: 'findings-heading',
		} ) ) {
			ui[ key ] = $( id );
		}
		ui.check.addEventListener( 'click', () => check() );
		ui.edit.addEventListener( 'click', edit );
		ui.text.addEventListener( 'keydown', ( e ) => {
			if ( e.key === 'Enter' && ( e.ctrlKey || e.metaKey ) ) {
				e.preventDefault();
				check();
			}
		} );
		ui.text.addEventListener( 'input', () => {
			if ( state.checkedText !== null && ! state.stale ) {
				state.stale = true;
				setStatus( 'The text has changed since it was checked.' );
				if ( state.selected >= 0 ) {
					renderDetail( state.findings[ state.selected ] );
				}
			}
		} );
		ui.tokenForm.addEventListener( 'submit', ( e ) => {
			e.preventDefault();
			state.token = ui.token.value.trim();
			ui.token.value = '';
			check();
		} );
		ui.list.addEventListener( 'click', ( e ) => {
			const button = e.target.closest( 'button.finding' );
			if ( button ) {
				select( Number( button.dataset.index ) );
			}
		} );
		// Up and down move between findings, as in a list.
		ui.list.addEventListener( 'keydown', ( e ) => {
			const button = e.target.closest( 'button.finding' );
			if ( ! button || ( e.key !== 'ArrowDown' && e.key !== 'ArrowUp' ) ) {
				return;
			}
			const buttons = [ ...ui.list.querySelectorAll( 'button.finding' ) ];
			const next = buttons[ buttons.indexOf( button ) + ( e.key === 'ArrowDown' ? 1 : -1 ) ];
			if ( next ) {
				e.preventDefault();
				next.focus();
			}
		} );
		// A figure clicked in the text selects the first finding about it.
		ui.checked.addEventListener( 'click', ( e ) => {
			const span = e.target.closest( '[data-figure]' );
			const f = span && state.figures.get( span.dataset.figure );
			if ( f && f.findings.length ) {
				select( f.findings[ 0 ], { scroll: false } );
			}
		} );
	}

	init();
}() );
