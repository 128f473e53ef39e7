import ReactMarkdown, { defaultUrlTransform, type Components } from 'react-markdown';

/**
 * Links leave the site in a new tab without our referrer; images are shown as their alt text
 * (a neighbour's post must not make every reader's browser fetch a third-party URL).
 */
const components: Components = {
  a: ({ href, children }) => (
    <a href={href} target="_blank" rel="noopener noreferrer nofollow ugc" className="font-medium text-brand-700 underline">
      {children}
    </a>
  ),
  img: ({ alt }) => <span>{alt ? `[이미지: ${alt}]` : '[이미지]'}</span>,
};

/**
 * A post's Markdown. Raw HTML is never interpreted (no rehype-raw: `<script>` or `<img onerror>`
 * arrive as text), and defaultUrlTransform drops javascript:, vbscript: and data: link targets.
 */
export function Markdown({ children }: { children: string }) {
  return (
    <div className="markdown break-words leading-relaxed text-stone-800">
      <ReactMarkdown skipHtml={false} urlTransform={defaultUrlTransform} components={components}>
        {children}
      </ReactMarkdown>
    </div>
  );
}
