/**
 * claimcheck's pre-publish panel for the block editor. Plain JavaScript that
 * WordPress loads as is (wp.element.createElement, no JSX, no build step).
 *
 * While the publish panel is open and the post is not yet published, the
 * editor's current content goes to the plugin's REST route (wp.apiFetch adds
 * the REST nonce; the token never reaches the browser) and the findings are
 * listed: severity in words and by icon, the plain sentence, the figures, the
 * suggested correction. Clicking a finding highlights its figures in the post
 * with the block editor's annotations (core/annotations: a block, its rich
 * text, a UTF-16 range) and scrolls to them. Publishing stays locked
 * (lockPostSaving) while a check runs or the content changed since the last
 * one, and while the review says the post is held: errors (and warnings, if
 * the settings say so) until fixed or overridden with a reason, or claimcheck
 * unreachable when the settings say hold. The lock is lifted when the panel
 * closes, so drafts can always be saved; the server's publish guard applies
 * the same rules to whatever publishes.
 */
( function ( wp, config ) {
	'use strict';

	const el = wp.element.createElement;
	const { useState, useEffect, useRef, useCallback } = wp.element;
	const { useSelect } = wp.data;
	const { __, _n, sprintf } = wp.i18n;
	const { Button, TextareaControl, Spinner } = wp.components;

	const LOCK = 'claimcheck';
	const SOURCE = 'claimcheck';
	const SOURCE_SUSPECT = 'claimcheck-suspect';
	const RECHECK_DELAY_MS = 800;

	// Blocks whose text is not rich text: positions in them mean nothing.
	const NOT_RICH_TEXT = [ 'core/html', 'core/shortcode', 'core/freeform', 'core/code' ];
	const RICH_TEXT_ATTRIBUTES = [ 'content', 'value', 'citation' ];

	const SEVERITY = {
		error: { label: __( 'Error', 'claimcheck' ), icon: 'dismiss' },
		warning: { label: __( 'Warning', 'claimcheck' ), icon: 'warning' },
		not_checkable: { label: __( 'Not checked', 'claimcheck' ), icon: 'info-outline' },
	};

	/* ---------- where a figure is in the editor ---------- */

	function plainText( html ) {
		return wp.richText.create( { html: html || '' } ).text;
	}

	// The editor's blocks that hold rich text, in document order.
	function richTextBlocks() {
		const out = [];
		const walk = ( blocks ) => {
			blocks.forEach( ( block ) => {
				if ( NOT_RICH_TEXT.indexOf( block.name ) === -1 ) {
					const attribute = RICH_TEXT_ATTRIBUTES.find(
						( name ) => typeof block.attributes[ name ] === 'string'
					);
					if ( attribute ) {
						out.push( {
							clientId: block.clientId,
							attribute,
							text: plainText( block.attributes[ attribute ] ),
						} );
					}
				}
				if ( block.innerBlocks && block.innerBlocks.length ) {
					walk( block.innerBlocks );
				}
			} );
		};
		walk( wp.data.select( 'core/block-editor' ).getBlocks() );
		return out;
	}

	function squash( text ) {
		return text.replace( /\s+/g, ' ' ).trim();
	}

	// The occurrence of quote in text nearest to start, or null.
	function nearest( text, quote, start ) {
		let best = null;
		for ( let i = text.indexOf( quote ); i !== -1; i = text.indexOf( quote, i + 1 ) ) {
			if ( best === null || Math.abs( i - start ) < Math.abs( best - start ) ) {
				best = i;
			}
		}
		return best;
	}

	/**
	 * Finds a figure of a finding in the editor: the block claimcheck counted
	 * it in (matched by its text, the nearest of equal ones), then the UTF-16
	 * range within it, checked against the quote.
	 *
	 * @param {Object} figure     {quote, block, start, end}
	 * @param {Object} blockTexts The server's block texts by index.
	 * @return {Object|null} {clientId, attribute, start, end}
	 */
	function locate( figure, blockTexts ) {
		if ( ! figure || ! figure.quote ) {
			return null;
		}
		const blocks = richTextBlocks();
		const wanted = figure.block !== null && blockTexts[ figure.block ] !== undefined
			? squash( blockTexts[ figure.block ] ) : null;
		const order = blocks
			.map( ( block, i ) => ( { block, i } ) )
			.sort( ( a, b ) => Math.abs( a.i - ( figure.block || 0 ) ) - Math.abs( b.i - ( figure.block || 0 ) ) );
		const tries = [
			( b ) => wanted !== null && squash( b.text ) === wanted,
			( b ) => figure.start !== null && b.text.slice( figure.start, figure.end ) === figure.quote,
			( b ) => b.text.indexOf( figure.quote ) !== -1,
		];
		for ( const matches of tries ) {
			const hit = order.find( ( o ) => matches( o.block ) );
			if ( hit ) {
				const text = hit.block.text;
				const start = text.slice( figure.start, figure.end ) === figure.quote
					? figure.start : nearest( text, figure.quote, figure.start || 0 );
				if ( start !== null ) {
					return {
						clientId: hit.block.clientId,
						attribute: hit.block.attribute,
						start,
						end: start + figure.quote.length,
					};
				}
			}
		}
		return null;
	}

	function clearHighlights() {
		const annotations = wp.data.dispatch( 'core/annotations' );
		annotations.__experimentalRemoveAnnotationsBySource( SOURCE );
		annotations.__experimentalRemoveAnnotationsBySource( SOURCE_SUSPECT );
	}

	// The editor canvas: the document, or the iframe newer editors use.
	function canvasDocument() {
		const frame = document.querySelector( 'iframe[name="editor-canvas"]' );
		return ( frame && frame.contentDocument ) || document;
	}

	/**
	 * Highlights a finding's figures; the figure of its first suggested
	 * correction gets its own class. Scrolls to that one, or the first.
	 *
	 * @return {number} How many figures were found in the editor.
	 */
	function highlight( finding, blockTexts ) {
		clearHighlights();
		const suspectId = finding.corrections.length ? finding.corrections[ 0 ].figureId : null;
		let found = 0;
		finding.figures.forEach( ( figure ) => {
			const place = locate( figure, blockTexts );
			if ( ! place ) {
				return;
			}
			found++;
			wp.data.dispatch( 'core/annotations' ).__experimentalAddAnnotation( {
				source: figure.id === suspectId ? SOURCE_SUSPECT : SOURCE,
				blockClientId: place.clientId,
				richTextIdentifier: place.attribute,
				range: { start: place.start, end: place.end },
			} );
		} );
		// The marks appear on the next render.
		window.requestAnimationFrame( () => window.setTimeout( () => {
			const doc = canvasDocument();
			const mark = doc.querySelector( 'mark.annotation-text-' + SOURCE_SUSPECT ) ||
				doc.querySelector( 'mark.annotation-text-' + SOURCE );
			if ( mark ) {
				mark.scrollIntoView( { block: 'center', behavior: 'smooth' } );
			}
		}, 50 ) );
		return found;
	}

	/**
	 * Replaces a printed figure with its suggested correction, in the block's
	 * rich text (formatting around it is kept).
	 *
	 * @return {boolean} Whether it was replaced.
	 */
	function applyCorrection( correction, blockTexts ) {
		const place = locate( correction.figure, blockTexts );
		if ( ! place ) {
			return false;
		}
		const block = wp.data.select( 'core/block-editor' ).getBlock( place.clientId );
		const value = wp.richText.create( { html: block.attributes[ place.attribute ] } );
		if ( value.text.slice( place.start, place.end ) !== correction.printed ) {
			return false;
		}
		const next = wp.richText.insert( value, correction.corrected, place.start, place.end );
		clearHighlights();
		wp.data.dispatch( 'core/block-editor' ).updateBlockAttributes( place.clientId, {
			[ place.attribute ]: wp.richText.toHTMLString( { value: next } ),
		} );
		return true;
	}

	/* ---------- talking to WordPress ---------- */

	// A message for people from a failed apiFetch.
	function describeError( error ) {
		if ( error && typeof error.status === 'number' && typeof error.json === 'function' ) {
			// A raw Response: apiFetch could not refresh the nonce (logged out).
			return sprintf(
				/* translators: %d: HTTP status */
				__( 'WordPress refused the check (HTTP %d): your login may have expired. Log in again in another tab, then press Check again; nothing in the editor is lost.', 'claimcheck' ),
				error.status
			);
		}
		if ( error && error.code === 'fetch_error' ) {
			return __( 'WordPress could not be reached: check the connection, then press Check again. Nothing in the editor is lost.', 'claimcheck' );
		}
		if ( error && error.code === 'invalid_json' ) {
			return __( 'WordPress answered the check with something that is not JSON (the post may be larger than the server accepts). Nothing in the editor is lost.', 'claimcheck' );
		}
		if ( error && error.message ) {
			return error.message;
		}
		return __( 'The check failed for a reason WordPress did not give.', 'claimcheck' );
	}

	/* ---------- the panel's parts ---------- */

	function SeverityLabel( { severity } ) {
		const s = SEVERITY[ severity ] || SEVERITY.not_checkable;
		return el(
			'span',
			{ className: 'claimcheck-severity claimcheck-severity--' + severity },
			el( 'span', { className: 'dashicons dashicons-' + s.icon, 'aria-hidden': 'true' } ),
			el( 'span', { className: 'claimcheck-severity__text' }, s.label )
		);
	}

	function figureList( figures ) {
		return figures.map( ( f ) => ( f.label ? f.text + ' (' + f.label + ')' : f.text ) ).join( ', ' );
	}

	function Finding( { finding, selected, overridden, onSelect, onApply } ) {
		const parts = [
			el(
				'button',
				{
					type: 'button',
					key: 'main',
					className: 'claimcheck-finding__select',
					'aria-pressed': selected ? 'true' : 'false',
					onClick: () => onSelect( finding ),
				},
				el( SeverityLabel, { severity: finding.severity } ),
				finding.blocking && el( 'span', { className: 'claimcheck-finding__blocks' },
					overridden ? __( 'overridden', 'claimcheck' ) : __( 'holds publishing', 'claimcheck' ) ),
				el( 'span', { className: 'claimcheck-finding__message' }, finding.message ),
				finding.sentence && el( 'q', { className: 'claimcheck-finding__sentence' }, finding.sentence ),
				finding.figures.length > 0 && el(
					'span',
					{ className: 'claimcheck-finding__figures' },
					el( 'span', { className: 'claimcheck-finding__figures-label' }, __( 'Figures:', 'claimcheck' ) + ' ' ),
					figureList( finding.figures )
				)
			),
		];
		if ( finding.corrections.length ) {
			parts.push( el(
				'div',
				{ key: 'corrections', className: 'claimcheck-finding__corrections' },
				el( 'span', { className: 'claimcheck-finding__corrections-label' }, __( 'Suggested correction:', 'claimcheck' ) ),
				el(
					'ul',
					null,
					finding.corrections.map( ( c, i ) => el(
						'li',
						{ key: i, className: 'claimcheck-correction' },
						el( 'span', { className: 'claimcheck-correction__change' },
							el( 'del', null, c.printed ), ' → ', el( 'ins', null, c.corrected ) ),
						c.explanation && el( 'span', { className: 'claimcheck-correction__why' }, ' (' + c.explanation + ')' ),
						c.figure && el( Button, {
							variant: 'secondary',
							isSmall: true,
							className: 'claimcheck-correction__apply',
							onClick: () => onApply( c ),
						}, sprintf(
							/* translators: 1: printed figure, 2: suggested figure */
							__( 'Replace %1$s with %2$s', 'claimcheck' ), c.printed, c.corrected
						) )
					) )
				)
			) );
		}
		return el( 'li', { className: 'claimcheck-finding claimcheck-finding--' + finding.severity + ( selected ? ' is-selected' : '' ) }, parts );
	}

	function Override( { review, postId, content, onDone } ) {
		const [ reason, setReason ] = useState( '' );
		const [ busy, setBusy ] = useState( false );
		const [ error, setError ] = useState( null );
		if ( ! review.canOverride ) {
			return el( 'p', { className: 'claimcheck-override claimcheck-override--denied' },
				__( 'Only an editor or administrator can publish over these findings. Fix them, or ask an editor.', 'claimcheck' ) );
		}
		const submit = () => {
			setBusy( true );
			setError( null );
			wp.apiFetch( {
				path: '/claimcheck/v1/override',
				method: 'POST',
				data: { post_id: postId, content, reason },
			} ).then( ( next ) => {
				setBusy( false );
				onDone( next, content );
			} ).catch( ( e ) => {
				setBusy( false );
				setError( describeError( e ) );
			} );
		};
		const tooShort = reason.trim().length < config.minReasonLength;
		return el(
			'div',
			{ className: 'claimcheck-override' },
			el( TextareaControl, {
				label: __( 'Publish anyway: why? (kept with the post)', 'claimcheck' ),
				value: reason,
				onChange: setReason,
				rows: 3,
				className: 'claimcheck-override__reason',
			} ),
			error && el( 'p', { className: 'claimcheck-message claimcheck-message--error', role: 'alert' }, error ),
			el( Button, {
				variant: 'secondary',
				className: 'claimcheck-override__submit',
				disabled: busy || tooShort,
				onClick: submit,
			}, __( 'Override and allow publishing', 'claimcheck' ) )
		);
	}

	function OverrideRecord( { override } ) {
		return el(
			'div',
			{ className: 'claimcheck-override-record' },
			el( 'p', null,
				el( 'span', { className: 'dashicons dashicons-unlock', 'aria-hidden': 'true' } ),
				' ',
				sprintf(
					/* translators: 1: user, 2: date */
					__( 'Overridden by %1$s on %2$s:', 'claimcheck' ), override.user, override.timeText || override.time
				) ),
			el( 'blockquote', { className: 'claimcheck-override-record__reason' }, override.reason )
		);
	}

	function PanelBody( props ) {
		const { review, error, checking, stale, selected, note, onCheck, onSelect, onApply, onOverride, postId, content } = props;
		const out = [];
		const status = ( cls, text, role ) => out.push( el( 'p', { key: 'status-' + out.length, className: 'claimcheck-message ' + cls, role }, text ) );

		if ( checking || ( stale && ! error ) ) {
			out.push( el( 'p', { key: 'checking', className: 'claimcheck-message claimcheck-message--checking', role: 'status' },
				el( Spinner ), __( 'claimcheck is checking the figures…', 'claimcheck' ) ) );
		}
		if ( error ) {
			status( 'claimcheck-message--error', error, 'alert' );
			status( 'claimcheck-message--held', __( 'Publishing is held until the check succeeds.', 'claimcheck' ) );
		} else if ( review && ! stale ) {
			const held = review.blocking;
			const cls = held ? 'claimcheck-message--held' : 'claimcheck-message--ok';
			if ( review.unavailable ) {
				status( 'claimcheck-message--error', review.unavailable.message, 'alert' );
			}
			out.push( el( 'p', { key: 'verdict', className: 'claimcheck-message ' + cls, role: held ? 'alert' : 'status' },
				el( 'span', { className: 'dashicons dashicons-' + ( held ? 'lock' : 'yes-alt' ), 'aria-hidden': 'true' } ),
				' ', review.message ) );
			if ( review.summary && review.summary.figures > 0 ) {
				const s = review.summary;
				status( 'claimcheck-summary', [
					/* translators: %d: number of figures */
					sprintf( _n( '%d figure', '%d figures', s.figures, 'claimcheck' ), s.figures ),
					/* translators: %d: number of claims */
					sprintf( _n( '%d claim checked', '%d claims checked', s.claims, 'claimcheck' ), s.claims ),
					/* translators: %d: number of claims */
					sprintf( _n( '%d with an error', '%d with errors', s.errors, 'claimcheck' ), s.errors ),
					/* translators: %d: number of claims */
					sprintf( _n( '%d with a warning', '%d with warnings', s.warnings, 'claimcheck' ), s.warnings ),
				].join( ', ' ) + '.' );
			}
			const shown = review.findings.filter( ( f ) => f.severity !== 'not_checkable' );
			const unchecked = review.findings.filter( ( f ) => f.severity === 'not_checkable' );
			if ( shown.length ) {
				out.push( el( 'ul', { key: 'findings', className: 'claimcheck-findings' },
					shown.map( ( f ) => el( Finding, {
						key: f.id, finding: f, selected: selected === f.id, overridden: review.state === 'overridden', onSelect, onApply,
					} ) ) ) );
			}
			if ( unchecked.length ) {
				out.push( el( 'details', { key: 'unchecked', className: 'claimcheck-unchecked' },
					el( 'summary', null, sprintf(
						/* translators: %d: number of claims */
						_n( '%d claim could not be checked', '%d claims could not be checked', unchecked.length, 'claimcheck' ),
						unchecked.length
					) ),
					el( 'ul', { className: 'claimcheck-findings' }, unchecked.map( ( f ) => el( Finding, {
						key: f.id, finding: f, selected: selected === f.id, overridden: review.state === 'overridden', onSelect, onApply,
					} ) ) ) ) );
			}
			if ( review.override && review.state === 'overridden' ) {
				out.push( el( OverrideRecord, { key: 'override-record', override: review.override } ) );
			}
			if ( review.state === 'blocked' && review.overridable ) {
				out.push( el( Override, { key: 'override', review, postId, content, onDone: onOverride } ) );
			}
		}
		if ( note ) {
			status( 'claimcheck-message--note', note, 'status' );
		}
		out.push( el( Button, {
			key: 'again',
			variant: 'tertiary',
			className: 'claimcheck-check-again',
			disabled: checking,
			onClick: onCheck,
		}, __( 'Check again', 'claimcheck' ) ) );
		return el( 'div', { className: 'claimcheck-panel__body' }, out );
	}

	/* ---------- the plugin: state, the lock, the panel ---------- */

	function ClaimcheckPlugin() {
		const { open, published, postId, claimcheckStatus } = useSelect( ( select ) => {
			const editor = select( 'core/editor' );
			const status = editor.getCurrentPostAttribute( 'status' );
			return {
				open: select( 'core/edit-post' ).isPublishSidebarOpened(),
				published: [ 'publish', 'future', 'private' ].indexOf( status ) !== -1,
				postId: editor.getCurrentPostId(),
				claimcheckStatus: editor.getCurrentPostAttribute( 'claimcheck' ),
			};
		}, [] );
		const active = open && ! published;
		const content = useSelect( ( select ) => ( active ? select( 'core/editor' ).getEditedPostContent() : null ), [ active ] );

		const [ review, setReview ] = useState( null );
		const [ error, setError ] = useState( null );
		const [ checking, setChecking ] = useState( false );
		const [ checkedContent, setCheckedContent ] = useState( null );
		const [ selected, setSelected ] = useState( null );
		const [ note, setNote ] = useState( null );
		const sequence = useRef( 0 );

		// Pre-publish checks are where this panel lives: keep them on.
		useEffect( () => {
			if ( ! wp.data.select( 'core/editor' ).isPublishSidebarEnabled() ) {
				wp.data.dispatch( 'core/editor' ).enablePublishSidebar();
			}
		}, [] );

		// What the publish guard decided last time, as an editor notice.
		useEffect( () => {
			const notices = wp.data.dispatch( 'core/notices' );
			notices.removeNotice( 'claimcheck-hold' );
			notices.removeNotice( 'claimcheck-notice' );
			if ( claimcheckStatus && claimcheckStatus.hold ) {
				notices.createWarningNotice(
					sprintf( /* translators: %s: why */ __( 'claimcheck held this post back: %s', 'claimcheck' ), claimcheckStatus.hold.message ),
					{ id: 'claimcheck-hold' }
				);
			} else if ( claimcheckStatus && claimcheckStatus.notice ) {
				notices.createInfoNotice(
					sprintf( /* translators: %s: why */ __( 'Published without a claimcheck: %s', 'claimcheck' ), claimcheckStatus.notice.message ),
					{ id: 'claimcheck-notice' }
				);
			}
		}, [ claimcheckStatus ] );

		const runCheck = useCallback( ( text ) => {
			const mine = ++sequence.current;
			setChecking( true );
			setNote( null );
			wp.apiFetch( {
				path: '/claimcheck/v1/check',
				method: 'POST',
				data: { post_id: postId, content: text },
			} ).then( ( answer ) => {
				if ( mine !== sequence.current ) {
					return;
				}
				clearHighlights();
				setSelected( null );
				setReview( answer );
				setError( null );
				setCheckedContent( text );
				setChecking( false );
			} ).catch( ( e ) => {
				if ( mine !== sequence.current ) {
					return;
				}
				setReview( null );
				setError( describeError( e ) );
				setCheckedContent( text );
				setChecking( false );
			} );
		}, [ postId ] );

		// Check when the panel opens, and again a moment after each change.
		useEffect( () => {
			if ( ! active ) {
				sequence.current++;
				clearHighlights();
				setReview( null );
				setError( null );
				setCheckedContent( null );
				setChecking( false );
				return undefined;
			}
			const timer = window.setTimeout( () => runCheck( content ), checkedContent === null ? 0 : RECHECK_DELAY_MS );
			return () => window.clearTimeout( timer );
		}, [ active, content ] ); // eslint-disable-line react-hooks/exhaustive-deps

		const stale = active && checkedContent !== content;
		const locked = active && ( checking || stale || !! error || ! review || review.blocking );
		useEffect( () => {
			const editor = wp.data.dispatch( 'core/editor' );
			if ( locked ) {
				editor.lockPostSaving( LOCK );
			} else {
				editor.unlockPostSaving( LOCK );
			}
		}, [ locked ] );
		useEffect( () => () => wp.data.dispatch( 'core/editor' ).unlockPostSaving( LOCK ), [] );

		const onSelect = ( finding ) => {
			setSelected( finding.id );
			const found = highlight( finding, review ? review.blocks : {} );
			setNote( found < finding.figures.length
				? __( 'Some of these figures could not be found in the editor: the text may have changed since the check.', 'claimcheck' )
				: null );
		};
		const onApply = ( correction ) => {
			if ( ! applyCorrection( correction, review ? review.blocks : {} ) ) {
				setNote( sprintf(
					/* translators: %s: printed figure */
					__( 'Could not find %s in the editor any more: edit it by hand.', 'claimcheck' ), correction.printed
				) );
			}
		};
		const onOverride = ( next, text ) => {
			if ( text === content ) {
				setReview( next );
			}
		};

		if ( published ) {
			return null;
		}
		return el(
			wp.editPost.PluginPrePublishPanel,
			{
				title: __( 'claimcheck: the figures', 'claimcheck' ),
				initialOpen: true,
				className: 'claimcheck-panel',
				icon: 'calculator',
			},
			el( PanelBody, {
				review, error, checking, stale, selected, note, postId, content,
				onCheck: () => runCheck( wp.data.select( 'core/editor' ).getEditedPostContent() ),
				onSelect, onApply, onOverride,
			} )
		);
	}

	wp.plugins.registerPlugin( 'claimcheck', { render: ClaimcheckPlugin, icon: 'calculator' } );
}( window.wp, window.claimcheckConfig || { minReasonLength: 10 } ) );
