const URL_IN_TEXT = /\bhttps?:\/\/[^\s"'<>]+/g;

/**
 * The text with every URL's user information and query values replaced: a handler's error names
 * the URL it failed on, and a peer's or a webhook's URL may carry a password or a token there.
 *
 * @example redactUrls('GET https://u:p@h.test/x?token=t failed') // 'GET https://***@h.test/x?token=*** failed'
 */
export function redactUrls(text: string): string {
  return text.replace(URL_IN_TEXT, (found) => {
    let url: URL;
    try {
      url = new URL(found);
    } catch {
      return found.replace(/\/\/[^/?#]*@/, '//***@').replace(/\?.*$/, '?***');
    }
    // A URL with nothing to hide is kept as written, so the reason still names what the handler named.
    if (!url.username && !url.password && !url.search && !url.hash) return found;
    const userinfo = url.username || url.password ? '***@' : '';
    const query = [...url.searchParams.keys()].map((k) => `${k}=***`).join('&');
    return `${url.protocol}//${userinfo}${url.host}${url.pathname}${query ? `?${query}` : ''}${url.hash ? '#***' : ''}`;
  });
}
