<?php
/**
 * Plugin Name: claimcheck pre-publish check
 * Description: Before a post is published, sends its claims file to
 *   claimcheck's HTTP/JSON endpoint and keeps the post a draft when the
 *   arithmetic is wrong. An example: adapt where the claims come from.
 *
 * Settings (wp-config.php):
 *   define('CLAIMCHECK_URL', 'https://claimcheck.example:8080/v1/claims:check');
 *   define('CLAIMCHECK_TOKEN', 'news-desk-7f3a9c');
 * The claims are read from the post's custom field "claimcheck_request", the
 * CheckClaimsRequest JSON the newsroom's figure-tagging tool writes.
 */

add_filter('wp_insert_post_data', function ($data, $postarr) {
    if ($data['post_status'] !== 'publish' || empty($postarr['ID'])) {
        return $data;
    }
    $request = get_post_meta($postarr['ID'], 'claimcheck_request', true);
    if (empty($request)) {
        return $data;  // nothing tagged: nothing to check
    }
    $reply = wp_remote_post(CLAIMCHECK_URL, array(
        'headers' => array(
            'Content-Type'  => 'application/json',
            'Authorization' => 'Bearer ' . CLAIMCHECK_TOKEN,
        ),
        'body'    => $request,
        'timeout' => 15,
    ));
    if (is_wp_error($reply)) {
        // The checker is down: block, as prepublish.sh does by default.
        $data['post_status'] = 'draft';
        set_transient('claimcheck_notice_' . $postarr['ID'],
                      'claimcheck could not be reached: ' . $reply->get_error_message(), 300);
        return $data;
    }
    $status = wp_remote_retrieve_response_code($reply);
    $body = json_decode(wp_remote_retrieve_body($reply), true);
    $problems = array();
    if ($status !== 200) {
        // 400: the claims file is wrong; the field violations say where.
        $problems[] = $body['error']['status'] . ': ' . $body['error']['message'];
        foreach ($body['error']['details'] ?? array() as $detail) {
            foreach ($detail['fieldViolations'] ?? array() as $v) {
                $problems[] = $v['field'] . ': ' . $v['description'];
            }
        }
    } else {
        foreach ($body['results'] as $result) {
            foreach ($result['discrepancies'] ?? array() as $d) {
                if ($d['severity'] === 'SEVERITY_ERROR') {
                    $problems[] = $result['claimId'] . ': ' . $d['message'];
                }
            }
        }
    }
    if ($problems) {
        $data['post_status'] = 'draft';
        set_transient('claimcheck_notice_' . $postarr['ID'], implode("\n", $problems), 300);
    }
    return $data;
}, 10, 2);

add_action('admin_notices', function () {
    $post = get_post();
    $notice = $post ? get_transient('claimcheck_notice_' . $post->ID) : false;
    if ($notice) {
        delete_transient('claimcheck_notice_' . $post->ID);
        echo '<div class="notice notice-error"><p><strong>Not published: claimcheck found a problem.</strong><br>'
            . nl2br(esc_html($notice)) . '</p></div>';
    }
});
