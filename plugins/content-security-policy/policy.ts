/**
 * The site's Content Security Policy. Scripts run only from the site's own files, plus the few
 * inline scripts Docusaurus writes into every page (the colour-mode script), allowed by the hash
 * of their exact text; nothing may load from another origin. An injected inline script has no
 * matching hash, so the browser refuses it.
 */
import {createHash} from 'node:crypto';

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;

/** The sha256 sources of every inline script in `html`. */
export const inlineScriptHashes = (html: string): string[] =>
  [...html.matchAll(INLINE_SCRIPT)].map(
    ([, body]) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`,
  );

/**
 * The policy. Styles allow inline style attributes (React and the charts set them); they cannot
 * run code. `frame-ancestors` only works as a header, so the meta tag leaves it out.
 */
export function contentSecurityPolicy(scriptHashes: readonly string[], {asHeader}: {asHeader: boolean}): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' ${[...new Set(scriptHashes)].sort().join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    ...(asHeader ? ["frame-ancestors 'none'"] : []),
  ];
  return directives.join('; ');
}

/** The page with the policy as the first element of its head, before any script. */
export function withPolicyMeta(html: string, policy: string): string {
  if (html.includes('http-equiv="Content-Security-Policy"')) return html;
  const at = html.indexOf('<head>');
  if (at < 0) throw new Error('expected a <head> element to put the Content-Security-Policy meta tag in');
  const end = at + '<head>'.length;
  return `${html.slice(0, end)}<meta http-equiv="Content-Security-Policy" content="${policy}">${html.slice(end)}`;
}

/** A `_headers` file (Netlify, Cloudflare Pages) sending the policy and its companions with every page. */
export const headersFile = (policy: string): string =>
  [
    '/*',
    `  Content-Security-Policy: ${policy}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: no-referrer',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=()',
    '',
  ].join('\n');
