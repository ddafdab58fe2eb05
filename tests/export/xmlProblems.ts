// A strict well-formedness check for the XML this project writes (no DTD, comments or CDATA): one root,
// balanced tags, quoted attributes, and every '&' starting a known entity. Node has no XML parser built in;
// the GDAL tests parse the same files with expat besides.

const ENTITY = /^&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/;
const NAME = '[A-Za-z_:][\\w.:-]*';
const OPEN = new RegExp(`^<(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>`);
const CLOSE = new RegExp(`^</(${NAME})\\s*>`);
const DECLARATION = /^<\?xml\s[^?]*\?>/;

/** What is not well-formed in `xml`, in words; [] when it is. */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const open: string[] = [];
  let roots = 0;
  let at = 0;
  const declaration = DECLARATION.exec(xml);
  if (declaration) at = declaration[0].length;
  const where = () => `at offset ${at}`;
  while (at < xml.length) {
    const rest = xml.slice(at);
    if (rest.startsWith('</')) {
      const close = CLOSE.exec(rest);
      if (!close) return [...problems, `bad end tag ${where()}`];
      const expected = open.pop();
      if (expected !== close[1]) problems.push(`</${close[1]}> closes <${expected}> ${where()}`);
      at += close[0].length;
    } else if (rest.startsWith('<')) {
      const tag = OPEN.exec(rest);
      if (!tag) return [...problems, `bad start tag ${where()}: ${rest.slice(0, 40)}`];
      if (open.length === 0) roots++;
      for (const amp of (tag[2] ?? '').matchAll(/&/g)) {
        if (!ENTITY.test((tag[2] ?? '').slice(amp.index))) problems.push(`bare & in an attribute ${where()}`);
      }
      if (tag[3] !== '/') open.push(tag[1] as string);
      at += tag[0].length;
    } else {
      const end = rest.indexOf('<');
      const text = end < 0 ? rest : rest.slice(0, end);
      if (open.length === 0 && text.trim() !== '') problems.push(`text outside the root ${where()}`);
      for (const amp of text.matchAll(/&/g)) {
        if (!ENTITY.test(text.slice(amp.index))) problems.push(`bare & in text ${where()}`);
      }
      at += text.length;
    }
  }
  if (open.length > 0) problems.push(`not closed: ${open.join(', ')}`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}

/** The texts of every `<name>…</name>` element, entities decoded. */
export function elementTexts(xml: string, name: string): string[] {
  const decode: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return [...xml.matchAll(new RegExp(`<${name}(?:\\s[^>]*)?>([^<]*)</${name}>`, 'g'))].map((m) =>
    (m[1] as string).replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => decode[e] as string),
  );
}
