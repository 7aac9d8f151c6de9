<?php
/**
 * Turns claimcheck's answer (CheckTextResponse JSON) into the findings the
 * panel lists, and decides whether publishing is held. The panel's REST route
 * and the publish guard both come here, so they always agree.
 *
 *   $review = Claimcheck_Review::review( $post_id, $html );
 *   $review['state'];     // clear, no_figures, blocked, overridden, unchecked_held or unchecked_allowed
 *   $review['blocking'];  // true: publishing is held
 *   $review['findings'];  // [{severity: "error", message: "The 11 parts add up to 471, ...",
 *                         //   sentence, figures: [{text: "36", label: "Denver", block: 4, start: 95, end: 97}],
 *                         //   corrections: [{printed: "36", corrected: "63", explanation, figure}], ...}]
 *
 * Figure positions are UTF-16 code units into the text of one block of the
 * post (what the block editor's rich text counts), taken from the spans'
 * "utf16" ranges minus their block's start.
 *
 * An override (Claimcheck_Review::store_override) records the fingerprints of
 * the findings it covers; it lets the post through while every blocking
 * finding is one of them, so a new error needs a new override.
 *
 * @package claimcheck
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Findings and the decision to hold or publish.
 */
class Claimcheck_Review {

	const OVERRIDE_META = '_claimcheck_override';
	const HOLD_META     = '_claimcheck_hold';
	const NOTICE_META   = '_claimcheck_notice';

	const SEVERITIES = array(
		'SEVERITY_ERROR'         => 'error',
		'SEVERITY_WARNING'       => 'warning',
		'SEVERITY_NOT_CHECKABLE' => 'not_checkable',
	);

	/**
	 * Checks a post's HTML and decides.
	 *
	 * @param int    $post_id The post.
	 * @param string $html    Its content.
	 * @return array The review.
	 */
	public static function review( $post_id, $html ) {
		return self::decide( $post_id, Claimcheck_Client::check_html( $post_id, $html ) );
	}

	/**
	 * Decides from an answer of Claimcheck_Client.
	 *
	 * @param int   $post_id The post.
	 * @param array $answer  What Claimcheck_Client::check_html returned.
	 * @return array The review.
	 */
	public static function decide( $post_id, $answer ) {
		$settings = Claimcheck_Settings::get();
		$override = self::get_override( $post_id );
		$review   = array(
			'state'        => '',
			'blocking'     => false,
			'message'      => '',
			'findings'     => array(),
			'blocks'       => (object) array(),
			'summary'      => null,
			'unavailable'  => null,
			'override'     => $override ? self::override_for_people( $override ) : null,
			'overridable'  => false,
			'canOverride'  => current_user_can( CLAIMCHECK_OVERRIDE_CAP ),
			'warningsBlock' => (bool) $settings['warnings_block'],
		);

		if ( ! $answer['ok'] ) {
			$review['unavailable'] = array(
				'kind'    => $answer['kind'],
				'message' => $answer['message'],
			);
			if ( 'publish' === $settings['unreachable'] ) {
				$review['state']   = 'unchecked_allowed';
				$review['message'] = __( 'Not checked. Publishing is allowed by the settings; a notice that the post was published unchecked is kept with it.', 'claimcheck' );
			} else {
				$review['state']    = 'unchecked_held';
				$review['blocking'] = true;
				$review['message']  = __( 'Publishing is held until claimcheck can check this post.', 'claimcheck' );
			}
			return $review;
		}

		$read               = self::read_findings( $answer['response'] );
		$review['findings'] = $read['findings'];
		$review['blocks']   = (object) $read['blocks'];
		$review['summary']  = $read['summary'];

		$blocking = array();
		foreach ( $review['findings'] as &$finding ) {
			$finding['blocking'] = 'error' === $finding['severity']
				|| ( 'warning' === $finding['severity'] && $settings['warnings_block'] );
			if ( $finding['blocking'] ) {
				$blocking[] = $finding['fingerprint'];
			}
		}
		unset( $finding );

		$summary = $review['summary'];
		if ( ! $blocking ) {
			if ( 0 === $summary['figures'] ) {
				$review['state']   = 'no_figures';
				$review['message'] = __( 'claimcheck found no figures in this post: nothing to check.', 'claimcheck' );
			} else {
				$warnings          = count( wp_list_filter( $review['findings'], array( 'severity' => 'warning' ) ) );
				$review['state']   = 'clear';
				$review['message'] = sprintf(
					/* translators: 1: number of claims, 2: number of figures */
					_n( 'claimcheck checked %1$d claim between %2$d figures: no errors.', 'claimcheck checked %1$d claims between %2$d figures: no errors.', $summary['claims'], 'claimcheck' ),
					$summary['claims'],
					$summary['figures']
				);
				if ( $warnings ) {
					$review['message'] .= ' ' . sprintf(
						/* translators: %d: number of warnings */
						_n( 'Look at the warning below; it does not hold publishing.', 'Look at the %d warnings below; they do not hold publishing.', $warnings, 'claimcheck' ),
						$warnings
					);
				}
			}
			return $review;
		}

		$review['overridable'] = true;
		if ( $override && ! array_diff( $blocking, (array) $override['fingerprints'] ) ) {
			$review['state']   = 'overridden';
			$review['message'] = __( 'Publishing is allowed: the findings below were overridden.', 'claimcheck' );
			return $review;
		}
		$review['state']    = 'blocked';
		$review['blocking'] = true;
		$review['message']  = sprintf(
			/* translators: %d: number of findings that hold publishing */
			_n( 'Publishing is held: %d finding to fix, or to override with a reason.', 'Publishing is held: %d findings to fix, or to override with a reason.', count( $blocking ), 'claimcheck' ),
			count( $blocking )
		);
		return $review;
	}

	/**
	 * Reads the findings out of a CheckTextResponse.
	 *
	 * @param array $response The decoded JSON.
	 * @return array {findings, blocks: {index: text}, summary}
	 */
	public static function read_findings( $response ) {
		$extraction = (array) ( $response['extraction'] ?? array() );
		$check      = (array) ( $response['check'] ?? array() );
		$text       = (string) ( $extraction['text'] ?? '' );
		$request    = (array) ( $extraction['request'] ?? array() );

		$blocks = array();
		foreach ( (array) ( $extraction['blocks'] ?? array() ) as $i => $block ) {
			$blocks[ (int) ( $block['index'] ?? $i ) ] = (array) $block;
		}
		$figures = array();
		foreach ( (array) ( $request['figures'] ?? array() ) as $figure ) {
			$figures[ (string) ( $figure['id'] ?? '' ) ] = (array) $figure;
		}
		$sentences = array();
		foreach ( (array) ( $request['claims'] ?? array() ) as $claim ) {
			$sentences[ (string) ( $claim['id'] ?? '' ) ] = (string) ( $claim['text'] ?? '' );
		}
		foreach ( (array) ( $extraction['claims'] ?? array() ) as $evidence ) {
			$sentence = (string) ( $evidence['evidence']['sentence'] ?? '' );
			if ( '' !== $sentence ) {
				$sentences[ (string) ( $evidence['claimId'] ?? '' ) ] = $sentence;
			}
		}

		$used_blocks = array();
		$locate      = function ( $ref ) use ( $blocks, $text, &$used_blocks ) {
			return self::locate( $ref, $blocks, $text, $used_blocks );
		};

		$findings = array();
		foreach ( (array) ( $check['results'] ?? array() ) as $result ) {
			$claim_id = (string) ( $result['claimId'] ?? '' );
			foreach ( (array) ( $result['discrepancies'] ?? array() ) as $d ) {
				$refs = array();
				foreach ( (array) ( $d['figures'] ?? array() ) as $ref ) {
					$refs[] = $locate( (array) $ref );
				}
				$findings[] = self::finding(
					self::SEVERITIES[ $d['severity'] ?? '' ] ?? 'not_checkable',
					(string) ( $d['code'] ?? '' ),
					(string) ( $d['message'] ?? '' ),
					$sentences[ $claim_id ] ?? '',
					$refs,
					self::corrections( (array) ( $d['corrections'] ?? array() ), $refs ),
					array(
						'claimId' => $claim_id,
						'stated'  => (string) ( $d['stated']['text'] ?? '' ),
						'implied' => (string) ( $d['implied']['text'] ?? '' ),
						'gap'     => (string) ( $d['gap'] ?? '' ),
					)
				);
			}
		}

		// Conflicts between claims that each hold alone are errors no single
		// claim reports; a conflict of one claim repeats its discrepancy.
		$article  = (array) ( $check['article'] ?? array() );
		$suspects = (array) ( $article['suspects'] ?? array() );
		foreach ( (array) ( $article['conflicts'] ?? array() ) as $index => $conflict ) {
			$claim_ids = (array) ( $conflict['claimIds'] ?? array() );
			if ( count( $claim_ids ) < 2 ) {
				continue;
			}
			$refs = array();
			foreach ( (array) ( $conflict['figureIds'] ?? array() ) as $figure_id ) {
				if ( isset( $figures[ $figure_id ] ) ) {
					$refs[] = $locate( $figures[ $figure_id ] );
				}
			}
			$corrections = array();
			foreach ( $suspects as $suspect ) {
				if ( in_array( $index, (array) ( $suspect['conflictIndexes'] ?? array() ), true ) && isset( $suspect['correction'] ) ) {
					$corrections[] = $suspect['correction'];
				}
			}
			$claim_sentences = array();
			foreach ( $claim_ids as $id ) {
				if ( ! empty( $sentences[ $id ] ) ) {
					$claim_sentences[] = $sentences[ $id ];
				}
			}
			$findings[] = self::finding(
				'error',
				'article.conflict',
				(string) ( $conflict['message'] ?? '' ),
				implode( ' … ', $claim_sentences ),
				$refs,
				self::corrections( $corrections, $refs ),
				array( 'claimId' => implode( ',', $claim_ids ) )
			);
		}

		$rank = array(
			'error'         => 0,
			'warning'       => 1,
			'not_checkable' => 2,
		);
		usort(
			$findings,
			function ( $a, $b ) use ( $rank ) {
				return $rank[ $a['severity'] ] <=> $rank[ $b['severity'] ];
			}
		);
		foreach ( $findings as $i => &$finding ) {
			$finding['id'] = 'finding-' . $i;
		}
		unset( $finding );

		$block_texts = array();
		foreach ( array_keys( $used_blocks ) as $index ) {
			$block_texts[ $index ] = self::block_text( $blocks[ $index ], $text );
		}
		$summary = (array) ( $check['summary'] ?? array() );
		return array(
			'findings' => $findings,
			'blocks'   => $block_texts,
			'summary'  => array(
				'figures'      => count( $figures ),
				'claims'       => (int) ( $summary['claims'] ?? 0 ),
				'consistent'   => (int) ( $summary['consistent'] ?? 0 ),
				'errors'       => (int) ( $summary['errors'] ?? 0 ),
				'warnings'     => (int) ( $summary['warnings'] ?? 0 ),
				'notCheckable' => (int) ( $summary['notCheckable'] ?? 0 ),
				'proposed'     => count( (array) ( $response['proposedClaimIds'] ?? array() ) ),
			),
		);
	}

	/**
	 * One finding, with the fingerprint an override is matched by.
	 *
	 * @param string $severity    error, warning or not_checkable.
	 * @param string $code        The check's code ("total.sum_mismatch").
	 * @param string $message     The plain sentence.
	 * @param string $sentence    The article's sentence it is about.
	 * @param array  $figures     Located figures.
	 * @param array  $corrections Suggested corrections.
	 * @param array  $extra       More fields.
	 * @return array
	 */
	private static function finding( $severity, $code, $message, $sentence, $figures, $corrections, $extra ) {
		$texts = array();
		foreach ( $figures as $figure ) {
			$texts[] = $figure['text'];
		}
		return array_merge(
			array(
				'severity'    => $severity,
				'code'        => $code,
				'message'     => $message,
				'sentence'    => $sentence,
				'figures'     => $figures,
				'corrections' => $corrections,
				'fingerprint' => sha1( $severity . "\n" . $code . "\n" . $sentence . "\n" . implode( "\n", $texts ) ),
			),
			$extra
		);
	}

	/**
	 * A figure reference with its place in the post: the block's index and
	 * the UTF-16 range within that block's text.
	 *
	 * @param array $ref         A FigureRef or Figure.
	 * @param array $blocks      The blocks by index.
	 * @param string $text       The text the spans count in.
	 * @param array $used_blocks Set of the blocks referred to (updated).
	 * @return array
	 */
	private static function locate( $ref, $blocks, $text, &$used_blocks ) {
		$span   = (array) ( $ref['span'] ?? array() );
		$figure = array(
			'id'    => (string) ( $ref['id'] ?? '' ),
			'text'  => (string) ( $ref['text'] ?? '' ),
			'label' => (string) ( $ref['label'] ?? '' ),
			'quote' => (string) ( $span['quote'] ?? ( $ref['text'] ?? '' ) ),
			'block' => null,
			'start' => null,
			'end'   => null,
		);
		if ( ! $span ) {
			return $figure;
		}
		$index = (int) ( $span['block'] ?? 0 );
		if ( ! isset( $blocks[ $index ] ) ) {
			return $figure;
		}
		$block_span = (array) ( $blocks[ $index ]['span'] ?? array() );
		if ( isset( $span['utf16'] ) && isset( $block_span['utf16'] ) ) {
			$base  = (int) ( $block_span['utf16']['start'] ?? 0 );
			$start = (int) ( $span['utf16']['start'] ?? 0 ) - $base;
			$end   = (int) ( $span['utf16']['end'] ?? 0 ) - $base;
		} else {
			// An answer without UTF-16 ranges: code points, the same outside the BMP's astral planes.
			$base  = (int) ( $block_span['start'] ?? 0 );
			$start = (int) ( $span['start'] ?? 0 ) - $base;
			$end   = (int) ( $span['end'] ?? 0 ) - $base;
		}
		if ( $start < 0 || $end < $start ) {
			return $figure;
		}
		$used_blocks[ $index ] = true;
		$figure['block']       = $index;
		$figure['start']       = $start;
		$figure['end']         = $end;
		return $figure;
	}

	/**
	 * The text of one block, as the spans count it.
	 *
	 * @param array  $block A Block.
	 * @param string $text  The whole text.
	 * @return string
	 */
	private static function block_text( $block, $text ) {
		$span  = (array) ( $block['span'] ?? array() );
		$start = (int) ( $span['start'] ?? 0 );
		$end   = (int) ( $span['end'] ?? 0 );
		return mb_substr( $text, $start, max( 0, $end - $start ), 'UTF-8' );
	}

	/**
	 * Suggested corrections, each with its figure's place when known.
	 *
	 * @param array $corrections Correction messages (JSON).
	 * @param array $refs        The finding's located figures.
	 * @return array
	 */
	private static function corrections( $corrections, $refs ) {
		$out = array();
		foreach ( $corrections as $c ) {
			$figure_id = (string) ( $c['figureId'] ?? '' );
			$figure    = null;
			foreach ( $refs as $ref ) {
				if ( $ref['id'] === $figure_id ) {
					$figure = $ref;
					break;
				}
			}
			$out[] = array(
				'figureId'    => $figure_id,
				'printed'     => (string) ( $c['printedText'] ?? '' ),
				'corrected'   => (string) ( $c['correctedText'] ?? '' ),
				'explanation' => (string) ( $c['explanation'] ?? '' ),
				'figure'      => $figure,
			);
		}
		return $out;
	}

	/**
	 * The override stored with a post, if any.
	 *
	 * @param int $post_id The post.
	 * @return array|null
	 */
	public static function get_override( $post_id ) {
		$override = $post_id ? get_post_meta( $post_id, self::OVERRIDE_META, true ) : '';
		return is_array( $override ) && ! empty( $override['reason'] ) ? $override : null;
	}

	/**
	 * Stores an override covering the blocking findings of a review.
	 *
	 * @param int    $post_id The post.
	 * @param array  $review  The review it overrides (state "blocked").
	 * @param string $reason  The reason, as written.
	 * @return array The override.
	 */
	public static function store_override( $post_id, $review, $reason ) {
		$user         = wp_get_current_user();
		$fingerprints = array();
		$messages     = array();
		foreach ( $review['findings'] as $finding ) {
			if ( $finding['blocking'] ) {
				$fingerprints[] = $finding['fingerprint'];
				$messages[]     = $finding['message'];
			}
		}
		$override = array(
			'user_id'      => (int) $user->ID,
			'user'         => (string) $user->display_name,
			'reason'       => $reason,
			'time'         => gmdate( 'Y-m-d H:i:s' ),
			'fingerprints' => $fingerprints,
			'findings'     => $messages,
		);
		update_post_meta( $post_id, self::OVERRIDE_META, wp_slash( $override ) );
		return $override;
	}

	/**
	 * An override as the panel shows it.
	 *
	 * @param array $override The stored override.
	 * @return array
	 */
	public static function override_for_people( $override ) {
		return array(
			'user'     => (string) ( $override['user'] ?? '' ),
			'reason'   => (string) ( $override['reason'] ?? '' ),
			'time'     => (string) ( $override['time'] ?? '' ),
			'timeText' => isset( $override['time'] ) ? get_date_from_gmt( $override['time'], get_option( 'date_format' ) . ' ' . get_option( 'time_format' ) ) : '',
			'findings' => array_values( (array) ( $override['findings'] ?? array() ) ),
		);
	}
}
