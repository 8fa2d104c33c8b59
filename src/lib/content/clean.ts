// Turns a news page copied as plain text into the article's own text: headline, dek, section,
// dateline, body paragraphs and photo captions, each kept verbatim (one line of the input with only
// its ends trimmed). Pure and deterministic: the same text always gives the same result.
//
// A browser copy puts each paragraph on one line, so the line is the unit. Each non-blank line is
// classified by rules that hold for news pages in general, not for one site:
//
//   icon-sprite           SVG titles run together by the copy ("ArrowArtboardCreated with Sketch.Title
//                         ChevronTitle ChevronIcon Facebook..."): "Created with Sketch", or three or
//                         more words glued lower-to-upper case making up a large share of the line
//   template-placeholder  unrendered template code ({{numberArticlesLeft}}, {% %}, ${ }, <% %>)
//   paywall               metered-access and subscription prompts ("free articles left", "You need a
//                         subscription", "Your trial period has expired", "See all offers")
//   offer                 prices and deadlines ("Try 3 months for $9", "Offer ends October 31st")
//   sponsored             "Sponsored Content" blocks and their "This content was commissioned by..."
//   appeal                donation and support appeals, by their shape in any outlet: addressed to the
//                         reader ("Your support ...", "Support ...!", "Contribute Today", "Поддержите
//                         нас", ご支援), a long appeal paragraph with two marks of one, a line with one
//                         mark beside an appeal, and newsletter promotions; an appeal glued to the
//                         start of a paragraph is split off and removed with its own text
//   page-control          lines that are only a control or label: Advertisement, Share, Print, Read
//                         more, Related articles, Find out more, cookie notices, social-network names,
//                         and their Japanese and Russian counterparts (シェア, 関連記事, Читайте также,
//                         Реклама), "Back to Main page", a rights notice
//
// A real paragraph may use a prompt's words ("unlimited access to family graves", "Sponsored by the
// ministry, the tour..."), so the prompt rules only look at lines of at most 25 words (and at most
// MAX_PROMPT_CHARS characters: a longer line is never a prompt and stays text), and the weaker
// ones (subscription, free trial, unlimited access, prices) only at lines that are not sentences:
// prompts, buttons and taglines rarely are. The remaining lines are captions (they end with a credit:
// "© Reuters", "(Photo by ...)", "Photo: ...", ".../Getty Images"), prose (a sentence: three words or
// more, capital or quote first, closing punctuation last) or short lines (labels, headings, broken
// fragments of promotional copy).
//
// The removed lines split the page into runs. A run is article text when it holds prose and, after
// its first sentence, more sentences than short lines; promotional copy left between paywall prompts
// ("Get trusted insights from experts within Asia itself.") fails that, since it comes with its own
// fragments and taglines. A run that only a page control or icon sprite separates from article text
// is article text whenever it holds a sentence (an "Advertisement" mid-article must not cut it short).
// Article text runs from its first sentence to its last; short lines inside it stay paragraphs, lines
// after it are dropped as outside-article.
//
// The lines before the first paragraph are the header. Date and time stamps (in English, Japanese and
// Russian: "September 23, 2:44 UTC+3 TOKYO", "2019年12月18日 19:30", "18 декабря 2019, 10:05") and
// bylines ("By ...", or a name beside a stamp) are set aside; the headline is then the first header
// line that is not a label (navigation, a section, a breadcrumb, a masthead), whatever comes before
// it, and the dek the line after it when it reads as a summary; the label right above the headline is
// its section. Only when every header line is a label does the older reading from the end decide.
// Why each header line was taken, or not, is recorded in `heading`. Headline and dek given in the metadata override this.
// A masthead (the publication's own name above the headline) is not a headline: it is the outlet of
// the metadata, a known outlet name, or a short title-case line the page repeats (in a copyright line,
// say); it is removed as `masthead`.
//
// Nothing vanishes: every non-blank line is in the result (headline, dek, section, byline, printed
// date, a paragraph, a caption or its credit) or in `removed` with its rule and its text. A credit or
// agency name stuck to the end of a paragraph ("...group of islets. Jiji Press") is split off into the
// paragraph's credit, and a last paragraph the copy cut off mid-sentence stays, marked `cutOff`.

import type { ArticleContent, CleanRule, RemovedLine } from './model.ts';
import { IngestError } from './errors.ts';

export interface CleanedCaption {
	text: string;
	credit: string | null;
	afterParagraph: number;
}

/** The header fields as article.json stores them; paragraphs as plain text, before linking. */
export interface Cleaned extends Pick<
	ArticleContent,
	'title' | 'dek' | 'section' | 'dateline' | 'byline' | 'printedDate'
> {
	/** Why each header line was chosen for what it is, in line order. */
	heading: HeadingNote[];
	paragraphs: string[];
	/** Credits split off the end of a paragraph ("Jiji Press"), by paragraph index. */
	credits: { paragraph: number; text: string }[];
	/** The index of a last paragraph the copy cut off mid-sentence, or null. */
	cutOff: number | null;
	captions: CleanedCaption[];
	removed: RemovedLine[];
}

/** Why a line of the header was taken as the headline, the dek, a label, or left out. */
export interface HeadingNote {
	/** 1-based line number in the input. */
	line: number;
	role: 'title' | 'dek' | 'section' | 'byline' | 'printedDate' | 'masthead' | 'left';
	text: string;
	reason: string;
}

export interface CleanHints {
	/** The headline as printed; it must be one line of the text. */
	title?: string;
	dek?: string;
	/** The publication's name (meta.json `outlet`): a header line that is it is a masthead. */
	outlet?: string;
}

type Kind = 'hard' | 'caption' | 'credit' | 'prose' | 'short';

interface Line {
	/** 1-based line number. */
	n: number;
	text: string;
	kind: Kind;
	rule?: CleanRule;
	caption?: { text: string; credit: string | null };
	/** For a credit on its own line: the index of the caption line it was joined to. */
	creditOf?: number;
	/** For prose with a credit stuck to its end: the prose without it, and the credit. */
	tail?: { body: string; credit: string };
	/** For prose with an appeal glued to its start: the appeal (removed) and the prose after it. */
	head?: { appeal: string; body: string };
}

const MAX_PROMPT_WORDS = 25;

/**
 * The longest line the prompt rules (paywall, offer, sponsored, page-control), the byline and the
 * printed date look at: 25 words of 20 characters. A longer line is never clutter by those rules;
 * it stays text (or is removed by the template or icon-sprite rule, which read any line in one pass).
 * With the rules below this is a second bound, not the only one: none of them can backtrack over a
 * line, but a capped line keeps every rule's cost small whatever a future edit does to them.
 */
export const MAX_PROMPT_CHARS = 500;

// Every rule below reads a line in time proportional to its length. No quantifier is nested or meets
// another quantifier over the same characters (a run of digits then a run of spaces is fine, `.*`
// between two phrases is not), and "A, later on the line B" is two searches, not /A.*B/: on a line
// that repeats A (cookie-cookie-...) such a gap is tried from every A to the end, which took minutes
// on a megabyte line.

const TEMPLATE = /\{\{[^{}]*\}\}|\{%[^%]*%\}|\$\{[^{}]*\}|<%[^%]*%>|%%[A-Za-z_]\w*%%/;

type Rule = (line: string) => boolean;

const matches =
	(re: RegExp): Rule =>
	(line) =>
		re.test(line);

/**
 * `first`, then `then` starting at or after its end: what /first.*then/ meant. The earliest match of
 * `first` ends earliest (none of these phrases can hold a second start), so one search for each
 * suffices. `.` never crossed U+2028 or U+2029, so neither does this.
 */
function followedBy(first: RegExp, then: RegExp): Rule {
	const later = new RegExp(then.source, `${then.flags}g`);
	const inPart = (part: string) => {
		const m = first.exec(part);
		if (!m) return false;
		later.lastIndex = m.index + m[0].length;
		return later.test(part);
	};
	// `^` is the start of the whole line, never of a part after a separator (no `m` flag).
	const anchored = first.source.startsWith('^');
	return (line) =>
		UNICODE_LINE_END.test(line)
			? line.split(UNICODE_LINE_END).some((part, i) => (i === 0 || !anchored) && inPart(part))
			: inPart(line);
}

const UNICODE_LINE_END = /[\u2028\u2029]/;

// Phrases that only a paywall uses: they mark a line however it is punctuated.
const PAYWALL: Rule[] = [
	followedBy(/\bfree (?:articles?|stories|reads?)\b/i, /\b(?:left|remaining)\b/i),
	matches(/\bthis is your last free (?:article|story)\b/i),
	matches(/\byou need (?:a|an active) subscription\b/i),
	matches(/\b(?:see|view) all offers\b/i),
	matches(/\b(?:subscribe|sign up|register) (?:now|today|to (?:read|unlock|keep reading))\b/i),
	matches(/\balready (?:a )?subscriber\b/i),
	followedBy(/\btrial period\b/i, /\b(?:expired|ended)\b/i),
	// Japanese and Russian paywalls: "paid members only", "log in to read on", "first month free",
	// "subscribe".
	matches(
		/有料会員|会員限定|有料記事|会員記事|無料会員登録|ログインして|続きをお読み|続きを読む|続きは.{0,12}(?:電子版|会員)|初月無料|購読はこちら|購読のお申し込み|оформите подписку|оформить подписку|доступно только подписчикам/u
	)
];

// Words a real sentence may also use ("unlimited access to the islands"): they mark a line only
// when it is not a sentence, as prompts, buttons and taglines are not.
const PAYWALL_LABEL: Rule[] = [
	matches(/\bfree (?:articles?|stories|trial)\b/i),
	followedBy(/\btrial\b/i, /\b(?:expired|ends?|ended)\b/i),
	matches(/\bsubscri(?:be|ption|ber)\b/i),
	matches(/\bunlimited (?:digital )?access\b/i),
	followedBy(/\baccess\b/i, /\bhas expired\b/i),
	matches(/\b(?:log|sign) in to (?:read|continue)\b/i),
	matches(/\bto continue reading\b/i),
	matches(/\bbecome a (?:subscriber|member)\b/i),
	matches(/\bpaywall\b/i)
];

/**
 * Appeals for money or support, whatever the outlet: "Your support helps us to tell the story",
 * "Support The Moscow Times!", "Contribute Today", "Now is the time to support independent reporting",
 * "Поддержите нас", "Ваша поддержка важна", ご支援をお願いします. Addressing the reader ("your",
 * an imperative first) is the shape; a news sentence reports support, it does not ask for it.
 */
const APPEAL_ANYWHERE: Rule[] = [
	matches(/\byour (?:support|donations?|contributions?|gifts?)\b/i),
	matches(
		/\bsupport (?:independent|quality|trusted|free) (?:journalism|reporting|media|news|press)\b/i
	),
	matches(/\b(?:donate|contribute) (?:today|now)\b/i),
	matches(/\bbecome a (?:supporter|patron|donor)\b/i),
	matches(
		/(?<![\p{L}])(?:Поддержите|Поддержать|Помогите нам|Ваша поддержка|пожертвовани\p{L}*|задонать\p{L}*|донат\p{L}*)(?![\p{L}])/iu
	),
	matches(/ご支援|ご寄付|寄付のお願い|応援をお願い|サポートをお願い/u)
];
/**
 * Marks of a donation appeal written as prose ("... we have a small favour to ask. Millions of
 * readers like you support our journalism ... every contribution ..."): a paragraph of the appeal may
 * be long, so these are read on lines of any length up to LONG_APPEAL_CHARS. Two different marks are
 * needed, and a quote mark rules the line out: a news paragraph may report one of them, not ask.
 */
const APPEAL_MARKS = [
	/\byour (?:support|contribution|donation|gift)s?\b/i,
	/\bsupport (?:us|our (?:journalism|work|reporting|newsroom))\b/i,
	/\bour (?:journalism|reporting|newsroom|independence)\b/i,
	/\b(?:donate|contribute|make a (?:contribution|donation)|become a (?:supporter|member|subscriber))\b/i,
	/\bindependent (?:journalism|reporting|media)\b/i,
	/\b(?:readers like you|every contribution|from as little as|small favour to ask|small favor to ask)\b/i,
	/\bwe (?:rely|depend|count) on\b/i,
	/(?<![\p{L}])(?:поддержите|поддержать нас|ваша поддержка|пожертвовани\p{L}*|независим\p{L}* журналистик\p{L}*|наши читатели|донат\p{L}*)(?![\p{L}])/iu,
	/ご支援|ご寄付|寄付|支援をお願い/u
];
const LONG_APPEAL_CHARS = 3000;

/** One mark of an appeal, in a line with no quote in it. */
function hasAppealMark(text: string): boolean {
	if (text.length > LONG_APPEAL_CHARS || /["“”«»「」]/u.test(text)) return false;
	return (
		APPEAL_MARKS.some((re) => re.test(text)) ||
		/\b(?:open|free) (?:for|to) (?:all|everyone)\b/i.test(text)
	);
}

function isLongAppeal(text: string): boolean {
	if (text.length > LONG_APPEAL_CHARS || /["“”«»「」]/u.test(text)) return false;
	let marks = 0;
	for (const re of APPEAL_MARKS) if (re.test(text) && ++marks >= 2) return true;
	return false;
}

/** An imperative appeal: a short line that starts by asking ("Support ...!", "Contribute Today"). */
const APPEAL_START = /^(?:please[\s\u00a0]+)?(?:support|donate|contribute|help us|give)\b/i;
/** A newsletter or app promotion: "Get our newsletter: the day's top stories in your inbox". */
const PROMOTION: Rule[] = [
	matches(/\b(?:newsletters?|in your inbox|download (?:our|the) app|get the app)\b/i)
];

function isAppeal(text: string, sentence: boolean): boolean {
	// A quote is someone reported ("Thank you for your support," he said), not an appeal.
	if (/["“”«»「」]/u.test(text)) return false;
	if (APPEAL_ANYWHERE.some((rule) => rule(text))) return true;
	if (APPEAL_START.test(text) && words(text) <= 12 && (!sentence || /[!！]$/u.test(text)))
		return true;
	return !sentence && PROMOTION.some((rule) => rule(text));
}

/**
 * An appeal glued to the start of a paragraph ("Your support makes all the difference.Russia
 * says..."): the appeal's sentence, or null. Only the first sentence is read, within its first
 * 200 characters, and the rest must be a paragraph on its own.
 */
export function gluedAppeal(text: string): { appeal: string; rest: string } | null {
	const head = text.slice(0, 200);
	const m = /[.!?。！]/u.exec(head);
	if (!m) return null;
	const appeal = text.slice(0, m.index + 1);
	const rest = text.slice(m.index + 1).trim();
	if (rest === '' || !isAppeal(appeal, true) || !isProse(rest) || hardRule(rest) !== null)
		return null;
	return { appeal, rest };
}

const OFFER: Rule[] = [
	// A price anywhere after the verb; one digit before "% off" is as good as a run of them.
	followedBy(/^(?:try|get|start|save|subscribe|join)\b/i, /[$£€¥]\s?\d|\d\s?% off/i),
	matches(/\boffer ends\b/i),
	matches(/[$£€¥]\s?\d[\d.,]*\s*(?:\/|per|a)\s*(?:month|week|year)\b/i)
];

const SPONSORED: Rule[] = [
	matches(/^sponsored(?:\s+(?:content|post|links?|stories))?$/i),
	// "Sponsored by" and a name of at most 40 characters; the spaces before it are not counted.
	matches(/^sponsored by\s+[^\s.!?][^.!?]{0,39}$/i),
	matches(/\bsponsored content\b/i),
	matches(/\b(?:paid|promoted|partner) (?:content|post|stories)\b/i),
	matches(/\bthis (?:content|article) (?:was|is) (?:commissioned|produced|paid for|sponsored)\b/i)
];

/** What may trail a control's label: "Read more »", "Share:", "Continue reading...". */
const CONTROL_TRAIL = /[\s.:!…>»]/u;
/** Labels that are a whole control; each ends in a letter, so a trailing run cannot overlap it. */
const CONTROL_LABEL =
	/^(?:advertisement|advert|ad|sponsored|share(?: this(?: article| story| page)?)?|tweet|print|e-?mail|save|bookmark|comments?|read more|read next|related(?: articles| stories| content| topics)?|recommended(?: for you)?|most (?:read|popular|viewed)|find out more|learn more|click here|continue reading|listen to this article|sign (?:in|up)|log ?in|newsletters?|back to top|menu|search|close|skip to (?:main )?content)$/i;
/** Labels followed by free text: "More from Asia", "Follow us on X". */
const CONTROL_LEAD = [
	{ lead: /^more (?:from|on|in) /i, min: 1 },
	{ lead: /^follow us/i, min: 0 }
];

/** Length of the line without its trailing run of CONTROL_TRAIL characters. */
function withoutTrail(line: string): number {
	let end = line.length;
	while (end > 0 && CONTROL_TRAIL.test(line[end - 1] as string)) end--;
	return end;
}

/**
 * A label, then any run of trailing marks: what /^(?:label|more from .{1,40}|follow us.{0,40})[\s.:!…>»]*$/
 * meant. The free text after "more from" is 1 to 40 characters of one line, not counting the trail.
 */
function isControlLabel(line: string): boolean {
	const end = withoutTrail(line);
	if (CONTROL_LABEL.test(line.slice(0, end))) return true;
	return CONTROL_LEAD.some(({ lead, min }) => {
		const m = lead.exec(line);
		if (!m) return false;
		const rest = line.slice(m[0].length);
		const free = line.slice(m[0].length, Math.max(end, m[0].length));
		return rest.length >= min && free.length <= 40 && !/[\n\r\u2028\u2029]/.test(free);
	});
}

/** One name of a share button and the separators after it. */
const SOCIAL_BUTTON =
	/(?:share(?: on)?|facebook|twitter|linkedin|whatsapp|reddit|pinterest|telegram|line|e-?mail|print|copy link|x|вконтакте|одноклассники|дзен|vk|viber|はてなブックマーク)[\s|·•,/]*/iuy;

/**
 * A row of share buttons ("Share on Facebook | Twitter | LinkedIn"), read button by button. No button
 * name is the start of another except "share on", and no name starts with "on", so taking the longest
 * name at each step never misses a reading.
 */
function isShareRow(line: string): boolean {
	let at = 0;
	while (at < line.length) {
		SOCIAL_BUTTON.lastIndex = at;
		if (!SOCIAL_BUTTON.test(line) || SOCIAL_BUTTON.lastIndex === at) return false;
		at = SOCIAL_BUTTON.lastIndex;
	}
	return line.length > 0;
}

/**
 * Japanese and Russian pages' controls and labels, and English ones the list above lacks, each a
 * whole line (its trailing marks aside): 関連記事 (related articles), シェア (share), ログイン (log
 * in), Читайте также (read also), Реклама (advertisement), Поделиться (share), "Back to Main page".
 */
const LOCAL_CONTROL =
	/^(?:関連記事|関連ニュース|関連リンク|シェア|この記事をシェアする|ツイート|保存|印刷|ログイン|会員登録|新規登録|有料会員限定|\[有料会員限定\]|おすすめ|おすすめ記事|ランキング|アクセスランキング|広告|PR|ニュース一覧|トップへ戻る|続きを読む|もっと見る|コメント|Читайте также|Читать также|Смотрите также|Подписывайтесь|Подписаться|Реклама|Поделиться|Теги|Комментарии(?:[\s\u00a0]*\(\d{1,6}\))?|Комментировать|Новости партн[её]ров|Назад на главную|На главную|Показать (?:ещ[её]|больше)|Читать далее|Читать полностью|Все новости|Главное|Back to main page|Back to home ?page|Back to homepage|Main page|Tags|Read also|Show more|More about|Remind me later|Maybe later|Not now|Continue|Support now|Donate now|Donate)$/iu;
/** A label and the link text after it: "Читайте также: ...", "関連記事：...", "Read also: ...". */
const LOCAL_LEAD =
	/^(?:Читайте также|Читать также|Смотрите также|Читайте нас|Подписывайтесь на|Подпишитесь на|Следите за новостями|Следите за нами|Нашли опечатку|関連記事|あわせて読みたい|Read also|Also read|See also|Read more|Related|Recommended|Most read)[\s\u00a0]*[:：—–-]?[\s\u00a0]/iu;

/**
 * A short Japanese line that is a button or a list's label, not text: no sentence end, at most 25
 * characters, and a word of page furniture in it (share, post, bookmark, print, follow, ranking,
 * related, list, log in, register, newsletter, app, enlarge photo, read on).
 */
const JA_CONTROL_WORD =
	/シェア|ポスト|ツイート|ブックマーク|印刷|フォロー|LINEで送る|ランキング|おすすめ|関連記事|関連ニュース|一覧|ログイン|会員登録|メルマガ|アプリ|拡大|続きを読む|もっと見る|トップへ|ホームへ|コメント/u;
/** Russian and English lines of the same kind: "Материалы по теме", "Story continues below advertisement". */
const CONTROL_PHRASE =
	/^(?:(?:материалы|новости|ещ[её]|статьи) по теме|популярное|выбор редакции|главные новости|лента новостей|нашли (?:ошибку|опечатку)|(?:story|article|text) continues (?:below|after)|continue reading below|scroll to continue|explore more on these topics|reuse this content|remind me\b|\d{1,2}[\s\u00a0]*min(?:ute)?s? read$|reading time\b)/iu;

function isLocalControl(line: string): boolean {
	if (LOCAL_CONTROL.test(line.slice(0, withoutTrail(line)))) return true;
	if (line.length <= 160 && (LOCAL_LEAD.test(line) || CONTROL_PHRASE.test(line))) return true;
	return [...line].length <= 25 && !endsSentence(line) && JA_CONTROL_WORD.test(line);
}

const PAGE_CONTROL: Rule[] = [
	isControlLabel,
	isLocalControl,
	// A page footer's rights notice: "Copyright NHK ... All rights reserved.", 無断転載禁止.
	matches(/\ball rights reserved\b|無断転載|無断複製|Все права защищены/iu),
	followedBy(/\bcookies?\b/i, /\b(?:accept|consent|policy|settings)\b/i),
	isShareRow
];

// The credit that ends a photo caption. © alone is a strong mark; "Photo by" must be the line's end
// without a full stop, so that prose ending "...a photo by the ministry." is not taken. It reads
// every line, so each run of spaces meets a disjoint class next (a name after "Photo by" starts at
// its first non-space), and a start is only ever the line's start or a space.
const CREDIT =
	/(?:^|[\s\u00a0])((?:©|Ⓒ|\(c\))[\s\u00a0]*\S.{0,60}|Copyright[\s\u00a0]+(?:©[\s\u00a0]*)?\d{4}.{0,60}|\((?:Photos?|Photograph|Image|Picture|Illustration|Graphic)[\s\u00a0]*(?:by|:|courtesy of)[^()]{1,80}\)|(?:Photos?|Photograph|Image|Picture)(?:[\s\u00a0]+by|:)[\s\u00a0]+[^\s\u00a0.!?][^.!?]{0,59}|(?:\S+\/)?Getty Images|(?:Фото|Фотография|写真|画像)[\s\u00a0]*[:：][\s\u00a0]*\S.{0,60})$/iu;

/**
 * A Japanese caption's credit: "＝根室市で2024年2月7日、山田太郎撮影", "（共同通信社提供）". No space
 * stands before it, so it is read from the "＝" or bracket on.
 */
const JA_CREDIT = /([＝=][^＝=]{1,60}撮影|[（(][^（）()]{0,40}(?:撮影|提供)[）)])$/u;

/**
 * A photographer and an agency after a slash, the caption's end with no full stop after it:
 * "Sergei Krasnoukhov / TASS". Case matters here (no `i`: under it \p{Lu} matches any letter).
 */
const NAME_CREDIT =
	/(?:^|[\s\u00a0])(\p{Lu}\p{Ll}+(?:[\s\u00a0]+\p{Lu}\p{Ll}+){1,2}[\s\u00a0]*\/[\s\u00a0]*\p{Lu}[\p{L}.]{1,20}(?:[\s\u00a0]+\p{Lu}[\p{L}.]{1,20}){0,2})$/u;

const SENTENCE_ENDS = new Set(['.', '!', '?', '…', '。', '！', '？']);
const SENTENCE_CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']']);
const SENTENCE_START = /^["'“‘«([【「『（]?[\p{Lu}\p{N}\p{Lo}]/u;

/** Closing punctuation, then only quotes or brackets: read from the end, once. */
function endsSentence(text: string): boolean {
	let end = text.length;
	while (end > 0 && SENTENCE_CLOSERS.has(text[end - 1] as string)) end--;
	// The sentence ends are all single UTF-16 units, as the closers are.
	return end > 0 && SENTENCE_ENDS.has(text[end - 1] as string);
}

const BYLINE =
	/^By[\s\u00a0]+\p{Lu}[\p{L}.'’-]*(?:[\s\u00a0]+[\p{L}.'’/-]+){0,3}(?:[\s\u00a0]*(?:,|and|&|in|—|-).{0,80})?$/u;
const PRINTED_DATE =
	/^(?:(?:Published|Updated|Posted)(?: on)?:?\s+)?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})(?:,?\s+\d{1,2}:\d{2}(?:\s*(?:[ap]\.?m\.?|JST|GMT|UTC|BST|EST|EDT|MSK))?)?\.?$/i;

const MONTH_WORD =
	/^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$|^(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)\p{L}*$/iu;
const STAMP_WORD =
	/^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|published|updated|posted|last|at|on|am|pm|a\.m\.|p\.m\.|utc(?:[+-]\d{1,2})?|gmt(?:[+-]\d{1,2})?|jst|msk|bst|cet|est|edt|обновлено|опубликовано|обновлен|в|мск|г\.|года?|更新|最終更新|更新日|配信|配信日|公開|公開日|投稿日|hours?|hrs?|mins?|minutes?|days?|час(?:а|ов)?|минут[уы]?|дн(?:я|ей))$/iu;
/** "3 hours ago", "2 часа назад", "3時間前", "today", "вчера": a stamp without a date. */
const RELATIVE =
	/^(?:ago|назад|today|yesterday|сегодня|вчера|\d{1,2}(?:時間|分|日)前|今日|昨日)$/iu;
/** Japanese date and time: 2019年12月18日, 18時12分, 2019/12/18 (the weekday in brackets may follow). */
const CJK_STAMP =
	/^(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:[（(][月火水木金土日][）)])?$|^\d{1,2}時\d{1,2}分$|^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$|^\d{1,2}\.\d{1,2}\.\d{4}$|^\d{1,2}\/\d{1,2}$/u;

/**
 * A date or time stamp line, in any of the three languages: every word a day, month, year, time,
 * zone or word such as "Updated", with at most one upper-case place ("September 23, 2:44 UTC+3
 * TOKYO", "Обновлено 18 декабря 2019, 11:30", "2019年12月18日 19:30", "Aug. 8, 2023"), and a month,
 * a Japanese date or a time among them.
 */
export function isTimestamp(text: string): boolean {
	if (text.length > 80) return false;
	const parts = text.split(/[\s\u00a0,|·•（）()]+/u).filter(Boolean);
	let dated = false;
	let places = 0;
	for (const p of parts) {
		if (MONTH_WORD.test(p) || CJK_STAMP.test(p) || RELATIVE.test(p)) dated = true;
		else if (/^\d{1,2}[:.]\d{2}(?::\d{2})?$/u.test(p) && p.includes(':')) dated = true;
		else if (/^\d{1,2}\.\d{2}$/u.test(p) && dated) continue;
		else if (/^\d{1,4}(?:st|nd|rd|th|\.)?$/iu.test(p) || STAMP_WORD.test(p)) continue;
		else if (/^\p{Lu}{2,}$/u.test(p) && places++ === 0) continue;
		else return false;
	}
	return dated;
}

/**
 * Two or three capitalised words, and at most where or with whom: a name ("Jane Holloway",
 * "Alexandra Smith in Tokyo").
 */
function isNameLine(text: string): boolean {
	return /^\p{Lu}\p{Ll}+(?:[\s\u00a0]\p{Lu}\p{Ll}+){1,2}(?:[\s\u00a0](?:in|and|from|в|и)[\s\u00a0]\p{Lu}\p{Ll}+(?:[\s\u00a0]\p{Lu}\p{Ll}+){0,2})?$/u.test(
		text
	);
}

/**
 * "TOKYO -- ", "MOSCOW (Reuters) - ", "NEW YORK, March 20 — ": the place, upper case. One run of
 * spaces on each side of the agency, so that no two runs can share the spaces between them.
 */
const DATELINE =
	/^(\p{Lu}[\p{Lu}\p{M}.'’ -]*\p{Lu}\.?)(?:,[\s\u00a0]+[\p{L}\d .]{1,30}?)?[\s\u00a0]*(?:\([^)]{1,40}\)[\s\u00a0]*)?(?:--|—|–|-)[\s\u00a0]+\S/u;
/** A dateline is within a paragraph's first characters; only these are read, so its runs are bounded. */
const DATELINE_SCAN = 160;

const WORD = /[^\s\u00a0]+/gu;

function words(text: string): number {
	let n = 0;
	WORD.lastIndex = 0;
	while (WORD.exec(text) !== null) n++;
	return n;
}

/** Lower case then upper case, with at most a full stop between ("IconFacebook", "Sketch.Title"). */
const GLUED = /\p{Ll}\.?\p{Lu}/gu;

function isIconSprite(text: string): boolean {
	if (text.includes('Created with Sketch')) return true;
	let glued = 0;
	GLUED.lastIndex = 0;
	while (GLUED.exec(text) !== null) glued++;
	return glued >= 3 && glued / words(text) >= 0.3;
}

function hardRule(text: string): CleanRule | null {
	if (TEMPLATE.test(text)) return 'template-placeholder';
	if (isIconSprite(text)) return 'icon-sprite';
	if (isLongAppeal(text)) return 'appeal';
	if (text.length > MAX_PROMPT_CHARS || words(text) > MAX_PROMPT_WORDS) return null;
	const sentence = isProse(text);
	if (PAYWALL.some((rule) => rule(text))) return 'paywall';
	if (!sentence && PAYWALL_LABEL.some((rule) => rule(text))) return 'paywall';
	if (!sentence && OFFER.some((rule) => rule(text))) return 'offer';
	if (SPONSORED.some((rule) => rule(text))) return 'sponsored';
	if (isAppeal(text, sentence)) return 'appeal';
	if (PAGE_CONTROL.some((rule) => rule(text))) return 'page-control';
	return null;
}

/**
 * Japanese and Chinese letters: a line of them has no spaces to count words by. CJK punctuation alone
 * does not make a line Japanese ("IconFacebook 。" is two Latin words and a full stop).
 */
const CJK_LETTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

function isProse(text: string): boolean {
	if (!endsSentence(text) || !SENTENCE_START.test(text)) return false;
	if (CJK_LETTER.test(text)) return [...text].length >= 10;
	return words(text) >= 3 && LOWER.test(text);
}

const LOWER = /\p{Ll}/u;

/**
 * What one trimmed, non-blank line is on its own, before its neighbours are looked at: removed by a
 * rule, a caption or credit, prose or a short line. Exported so tests can compare rules line by line.
 */
export function classifyLine(
	text: string
): Pick<Line, 'kind' | 'rule' | 'caption' | 'tail' | 'head'> {
	const { kind, rule, caption, tail, head } = classify(0, text);
	if (head) return { kind, rule, caption, head };
	return tail ? { kind, rule, caption, tail } : { kind, rule, caption };
}

function classify(n: number, text: string): Line {
	const glued = gluedAppeal(text);
	if (glued) return { n, text, kind: 'prose', head: { appeal: glued.appeal, body: glued.rest } };
	const rule = hardRule(text);
	if (rule) return { n, text, kind: 'hard', rule };
	const credit = CREDIT.exec(text) ?? NAME_CREDIT.exec(text) ?? JA_CREDIT.exec(text);
	if (credit) {
		const creditText = (credit[1] as string).trim();
		const rest = text.slice(0, text.length - (credit[1] as string).length).trim();
		if (rest === '') return { n, text, kind: 'credit', caption: { text: '', credit: creditText } };
		if (words(rest) >= 2 || (CJK_LETTER.test(rest) && [...rest].length >= 4))
			return { n, text, kind: 'caption', caption: { text: rest, credit: creditText } };
	}
	if (isProse(text)) return { n, text, kind: 'prose' };
	const tail = agencyTail(text);
	if (tail) return { n, text, kind: 'prose', tail };
	return { n, text, kind: 'short' };
}

/**
 * News agencies whose name a wire story may end with, after its last sentence. Only the end of a
 * line that is a sentence without it is read, so "...confirmed by Reuters" (no full stop) stays text.
 */
const AGENCY =
	/(?:^|[\s\u00a0])((?:[-–—][\s\u00a0]*)?\(?(?:Jiji Press|Jiji|Kyodo News|Kyodo|Reuters|Associated Press|AP|AFP|Agence France-Presse|TASS|Interfax|RIA Novosti|Sputnik|NHK|Xinhua|Yonhap|Bloomberg|UPI|dpa|EFE|ANSA|Nikkei)\)?|\((?:Reporting|Writing|Editing|Additional reporting)(?: by)?[\s\u00a0][^()]{1,160}\))$/u;
/** Where an agency tail is looked for: the end of a line, so the search stays short on any line. */
const AGENCY_SCAN = 200;

/** A line that is prose once a credit stuck to its end is taken off. */
function agencyTail(text: string): { body: string; credit: string } | null {
	const end = text.slice(-AGENCY_SCAN);
	const m = AGENCY.exec(end);
	if (!m) return null;
	const credit = (m[1] as string).trim();
	const body = text.slice(0, text.length - (m[1] as string).length).trim();
	return body !== '' && isProse(body) ? { body, credit } : null;
}

/** The place of a dateline at the start of a paragraph, or null. */
export function datelineOf(paragraph: string): string | null {
	const m = DATELINE.exec(paragraph.slice(0, DATELINE_SCAN));
	if (!m) return null;
	const place = (m[1] as string).trim();
	return place.replace(/[^\p{L}]/gu, '').length >= 3 ? place : null;
}

/** Splits text into lines the way every platform ends them, dropping a byte-order mark. */
export function splitLines(text: string): string[] {
	return text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
}

/**
 * Non-blank lines in one text. A page copied whole, navigation and comments included, has a few
 * hundred; the limit keeps the cost of reading a megabyte of one-word lines small.
 */
export const MAX_LINES = 20_000;

export function cleanArticle(text: string, hints: CleanHints = {}): Cleaned {
	const lines: Line[] = [];
	const raw = splitLines(text);
	for (let i = 0; i < raw.length; i++) {
		const t = (raw[i] as string).trim();
		if (t === '') continue;
		if (lines.length === MAX_LINES) {
			throw new IngestError(
				'TOO_MANY_LINES',
				`the text has more than ${MAX_LINES} non-blank lines (line ${i + 1} is one too many), where one copied page has a few hundred: is it one article?`
			);
		}
		lines.push(classify(i + 1, t));
	}

	// A run of appeals: a line with a mark of an appeal beside an appeal line is one too ("We
	// believe everyone deserves access ... to keep our reporting open for all readers.").
	for (let pass = 0; pass < 2; pass++) {
		for (let k = 0; k < lines.length; k++) {
			const i = pass === 0 ? k : lines.length - 1 - k;
			const line = lines[i] as Line;
			if (line.kind !== 'prose' && line.kind !== 'short') continue;
			const next = lines[pass === 0 ? i - 1 : i + 1];
			if (next?.rule !== 'appeal' || line.head || !hasAppealMark(line.text)) continue;
			line.kind = 'hard';
			line.rule = 'appeal';
		}
	}

	// A credit on a line of its own belongs to the line above it, which becomes the caption.
	for (let i = 1; i < lines.length; i++) {
		const line = lines[i] as Line;
		const prev = lines[i - 1] as Line;
		if (line.kind === 'credit' && (prev.kind === 'prose' || prev.kind === 'short')) {
			prev.kind = 'caption';
			prev.caption = { text: prev.text, credit: line.caption?.credit ?? null };
			line.kind = 'hard';
			line.rule = undefined;
			line.creditOf = i - 1;
		}
	}

	const titleIndex = hints.title === undefined ? -1 : findLine(lines, hints.title, 'title', 0);
	const dekIndex =
		hints.dek === undefined ? -1 : findLine(lines, hints.dek, 'dek', Math.max(0, titleIndex + 1));
	const headerEnd = Math.max(titleIndex, dekIndex);

	// Runs of lines between removed ones, from the end of any given header on.
	interface Run {
		from: number;
		to: number;
		inlineBefore: boolean;
	}
	const runs: Run[] = [];
	let start = -1;
	let inline = true;
	for (let i = headerEnd + 1; i <= lines.length; i++) {
		const line = lines[i];
		if (line && line.kind === 'hard' && line.rule === undefined) continue; // a consumed credit
		if (line && line.kind !== 'hard' && line.kind !== 'credit') {
			if (start < 0) start = i;
			continue;
		}
		if (start >= 0) {
			runs.push({ from: start, to: i - 1, inlineBefore: inline });
			inline = true;
		}
		start = -1;
		if (line) inline &&= line.rule === 'icon-sprite' || line.rule === 'page-control';
	}

	const kindsIn = (r: Run) => lines.slice(r.from, r.to + 1).filter((l) => !(l.kind === 'hard'));
	const isArticle = (r: Run): boolean => {
		const ls = kindsIn(r);
		const first = ls.findIndex((l) => l.kind === 'prose');
		if (first < 0) return false;
		const after = ls.slice(first + 1);
		const prose = after.filter((l) => l.kind === 'prose').length + 1;
		return prose > after.filter((l) => l.kind === 'short').length;
	};
	const article: Run[] = [];
	runs.forEach((r, i) => {
		if (isArticle(r)) article.push(r);
		else if (
			r.inlineBefore &&
			article.length > 0 &&
			article.at(-1) === runs[i - 1] &&
			kindsIn(r).some((l) => l.kind === 'prose')
		) {
			article.push(r);
		}
	});

	// Which lines make the body: from the first sentence of each article run to its last, plus
	// captions right after it.
	const inBody = new Set<number>();
	article.forEach((r, n) => {
		const idx: number[] = [];
		for (let i = r.from; i <= r.to; i++) if ((lines[i] as Line).kind === 'prose') idx.push(i);
		let last = idx.at(-1) as number;
		while (last + 1 <= r.to && (lines[last + 1] as Line).kind === 'caption') last++;
		// Past the first run, a caption right before the text (after a "photo" button, say) is the
		// article's too; before the first run it is the header's.
		let first = idx[0] as number;
		while (n > 0 && first - 1 >= r.from && (lines[first - 1] as Line).kind === 'caption') first--;
		for (let i = first; i <= last; i++) inBody.add(i);
	});
	// A copy that stops mid-sentence leaves the last paragraph without its end: a long line that
	// starts as a sentence right after the last one, and is not one.
	let cutOff = -1;
	const lastRun = article.at(-1);
	if (lastRun) {
		let last = -1;
		for (let i = lastRun.from; i <= lastRun.to; i++) if (inBody.has(i)) last = i;
		const next = lines[last + 1];
		if (last + 1 <= lastRun.to && next && isCutOff(next)) {
			cutOff = last + 1;
			inBody.add(cutOff);
		}
	}
	if (inBody.size === 0) {
		throw new IngestError(
			'NO_PARAGRAPHS',
			'no article paragraphs found: the text needs sentences on lines of their own (one paragraph per line, as a browser copies them)'
		);
	}
	// Not Math.min(...inBody): spreading a set of 100,000 lines overflows the call stack.
	let firstBody = Infinity;
	for (const i of inBody) firstBody = Math.min(firstBody, i);

	// The header: what precedes the body. Why each of its lines was taken (or not) is recorded.
	const used = new Map<number, 'title' | 'dek' | 'section' | 'byline' | 'printedDate'>();
	const notes = new Map<number, HeadingNote>();
	const note = (i: number, role: HeadingNote['role'], reason: string) =>
		notes.set(i, { line: (lines[i] as Line).n, role, text: (lines[i] as Line).text, reason });
	let byline: string | null = null;
	let printedDate: string | null = null;
	const header: number[] = [];
	const stamps = new Set<number>();
	for (let i = 0; i < firstBody; i++) {
		const line = lines[i] as Line;
		if (line.kind === 'hard' || line.kind === 'credit' || line.kind === 'caption') continue;
		const label = line.text.length <= MAX_PROMPT_CHARS;
		if (label && (PRINTED_DATE.test(line.text) || isTimestamp(line.text))) stamps.add(i);
	}
	for (let i = 0; i < firstBody; i++) {
		const line = lines[i] as Line;
		if (line.kind === 'hard' || line.kind === 'credit' || line.kind === 'caption') continue;
		const label = line.text.length <= MAX_PROMPT_CHARS;
		// A name on its own line beside a time stamp is the byline ("Jane Holloway" over the date).
		const nameByStamp = label && isNameLine(line.text) && (stamps.has(i - 1) || stamps.has(i + 1));
		if (byline === null && label && (BYLINE.test(line.text) || nameByStamp)) {
			byline = line.text;
			used.set(i, 'byline');
			note(i, 'byline', nameByStamp ? 'a name beside the time stamp' : 'starts "By" and a name');
		} else if (stamps.has(i)) {
			if (printedDate === null) {
				printedDate = line.text;
				used.set(i, 'printedDate');
				note(i, 'printedDate', 'the first date or time stamp above the text');
			} else note(i, 'left', 'another date or time stamp');
		} else header.push(i);
	}
	// The publication's name at the top of the header, above the headline (so never its last line,
	// nor a line from the given headline on): read from the top, it stops at the first that is not.
	const isMasthead = mastheadTest(lines, hints.outlet);
	while (header.length >= 2) {
		const i = header[0] as number;
		const line = lines[i] as Line;
		if ((titleIndex >= 0 && i >= titleIndex) || (dekIndex >= 0 && i >= dekIndex)) break;
		if (!isMasthead(line.text)) break;
		line.kind = 'hard';
		line.rule = 'masthead';
		note(i, 'masthead', "the publication's name at the top of the page");
		header.shift();
	}
	const picked = titleIndex < 0 && dekIndex < 0 ? pickHeading(lines, header, note) : null;
	let title: number;
	let dek = -1;
	let section = -1;
	if (titleIndex >= 0) {
		title = titleIndex;
		dek = dekIndex;
		if (dek < 0) {
			const next = header.find((i) => i > titleIndex);
			if (next !== undefined && words((lines[next] as Line).text) <= 40) dek = next;
		}
		const before = header.filter((i) => i < titleIndex).at(-1);
		if (before !== undefined && isLabel((lines[before] as Line).text)) section = before;
	} else if (dekIndex >= 0) {
		const above = header.filter((i) => i < dekIndex).at(-1);
		if (above === undefined) {
			throw new IngestError(
				'NO_TITLE',
				'no headline found above the dek: give it as "title" in the --meta file'
			);
		}
		title = above;
		dek = dekIndex;
		const s = header.filter((i) => i < above).at(-1);
		if (s !== undefined && isLabel((lines[s] as Line).text)) section = s;
	} else if (picked) {
		title = picked.title;
		dek = picked.dek;
		section = picked.section;
	} else {
		const k = header.length;
		if (k === 0) {
			// No header: a first body line short enough to be a headline is one.
			const first = [...inBody].sort((a, b) => a - b)[0] as number;
			const line = lines[first] as Line;
			if (words(line.text) > 20 || datelineOf(line.text)) {
				throw new IngestError(
					'NO_TITLE',
					'no headline found above the article text: give it as "title" in the --meta file'
				);
			}
			inBody.delete(first);
			title = first;
		} else if (k === 1) {
			title = header[0] as number;
		} else if (k === 2 && isLabel((lines[header[0] as number] as Line).text, 3)) {
			section = header[0] as number;
			title = header[1] as number;
		} else {
			dek = header[k - 1] as number;
			title = header[k - 2] as number;
			const s = header[k - 3];
			if (s !== undefined && isLabel((lines[s] as Line).text)) section = s;
		}
	}
	used.set(title, 'title');
	if (dek >= 0) used.set(dek, 'dek');
	if (section >= 0) used.set(section, 'section');
	for (const i of used.keys()) inBody.delete(i);
	for (const [i, role] of used) {
		if (role === 'title' && !notes.has(i))
			note(i, 'title', titleIndex >= 0 ? 'given in the metadata' : 'the header line above the dek');
		else if (role === 'dek' && !notes.has(i))
			note(
				i,
				'dek',
				dekIndex >= 0 ? 'given in the metadata' : 'the last header line, right above the text'
			);
		else if (role === 'section' && !notes.has(i))
			note(i, 'section', 'a short label above the headline');
	}

	const paragraphs: string[] = [];
	const credits: { paragraph: number; text: string }[] = [];
	let cutOffParagraph: number | null = null;
	const captions: CleanedCaption[] = [];
	const removed: RemovedLine[] = [];
	const dropped = new Map<number, CleanRule>();
	lines.forEach((line, i) => {
		if (used.has(i)) return;
		if (line.kind === 'hard') {
			if (line.rule) removed.push({ line: line.n, rule: line.rule, text: line.text });
			else if (line.creditOf !== undefined && dropped.has(line.creditOf)) {
				const rule = dropped.get(line.creditOf) as CleanRule;
				removed.push({ line: line.n, rule, text: line.text });
			}
			return;
		}
		const inHeader = i > title && i < firstBody;
		if (line.kind === 'caption' && (inBody.has(i) || inHeader)) {
			const cap = line.caption as { text: string; credit: string | null };
			captions.push({ text: cap.text, credit: cap.credit, afterParagraph: paragraphs.length - 1 });
		} else if (inBody.has(i)) {
			if (line.tail) credits.push({ paragraph: paragraphs.length, text: line.tail.credit });
			if (i === cutOff) cutOffParagraph = paragraphs.length;
			if (line.head) {
				// The appeal is removed with its own text; the paragraph after it stays.
				removed.push({ line: line.n, rule: 'appeal', text: line.head.appeal });
				paragraphs.push(line.head.body);
			} else paragraphs.push(line.tail ? line.tail.body : line.text);
		} else {
			const rule = i < firstBody ? 'header-extra' : 'outside-article';
			dropped.set(i, rule);
			removed.push({ line: line.n, rule, text: line.text });
		}
	});
	if (paragraphs.length === 0) {
		throw new IngestError('NO_PARAGRAPHS', 'no article paragraphs found below the headline');
	}

	const dateline =
		paragraphs
			.slice(0, 3)
			.map(datelineOf)
			.find((d) => d !== null) ?? null;
	const at = (i: number) => (i >= 0 ? (lines[i] as Line).text : null);
	return {
		title: at(title) as string,
		dek: at(dek),
		section: at(section),
		dateline,
		byline,
		printedDate,
		heading: [...notes.values()].sort((a, b) => a.line - b.line),
		paragraphs,
		credits,
		cutOff: cutOffParagraph,
		captions,
		removed: removed.sort((a, b) => a.line - b.line)
	};
}

/** Words a cut-off paragraph has at least: a short line after the text is a label, not a paragraph. */
const CUT_OFF_WORDS = 8;

function isCutOff(line: Line): boolean {
	return (
		line.kind === 'short' &&
		SENTENCE_START.test(line.text) &&
		LOWER.test(line.text) &&
		words(line.text) >= CUT_OFF_WORDS
	);
}

/**
 * Names of news outlets a copied page may start with, above the headline. The metadata's outlet is
 * tried first; this list catches a page copied without it.
 */
const KNOWN_OUTLETS = [
	'Asahi Shimbun',
	'Associated Press',
	'BBC News',
	'Daily Manila Shimbun',
	'Hokkaido Shimbun',
	'Japan News',
	'Japan Times',
	'Japan Today',
	'Jiji Press',
	'Kommersant',
	'Kyodo News',
	'Mainichi',
	'Mainichi Shimbun',
	'Moscow Times',
	'NHK World',
	'NHK World-Japan',
	'Nikkei Asia',
	'Nikkei Asian Review',
	'Reuters',
	'RIA Novosti',
	'South China Morning Post',
	'TASS',
	'The Diplomat',
	'Yomiuri Shimbun'
];

/** Lower case, without a leading "The", punctuation or spacing: "The Japan Times." → "japan times". */
function outletKey(text: string): string {
	return text
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim()
		.replace(/^the /, '');
}

const MASTHEAD_WORDS = 6;
/** Every word capitalised (a name), small joining words aside. */
const TITLE_CASE_WORD = /^(?:[\p{Lu}\p{N}][\p{L}\p{N}.'’&-]*|of|the|and|&|-|–|—|\|)$/u;

/**
 * Whether a header line is the publication's name: the metadata's outlet, a known outlet, or a
 * short title-case line that the rest of the page repeats (as its own line, or inside a removed or
 * credit line: "© The Daily Manila Shimbun").
 */
function mastheadTest(lines: Line[], outlet: string | undefined): (text: string) => boolean {
	const known = new Set(KNOWN_OUTLETS.map(outletKey));
	if (outlet !== undefined && outletKey(outlet) !== '') known.add(outletKey(outlet));
	let elsewhere: string | null = null;
	return (text) => {
		if (words(text) > MASTHEAD_WORDS || endsSentence(text)) return false;
		const key = outletKey(text);
		if (key === '') return false;
		if (known.has(key)) return true;
		if (!text.split(/[\s\u00a0]+/u).every((w) => TITLE_CASE_WORD.test(w))) return false;
		// Built once, on the first line that could be a masthead: every line's key, space-padded.
		elsewhere ??= ` ${lines.map((l) => outletKey(l.text)).join('  ')} `;
		const first = elsewhere.indexOf(` ${key} `);
		return first >= 0 && elsewhere.indexOf(` ${key} `, first + 1) >= 0;
	};
}

const CJK_LETTERS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

function cjkCount(text: string): number {
	CJK_LETTERS.lastIndex = 0;
	let n = 0;
	while (CJK_LETTERS.exec(text) !== null) n++;
	return n;
}

/**
 * A label rather than a headline: at most five words with no closing punctuation, either at most
 * three (a short Japanese label counts as one) or every word capitalised ("Russian Politics &
 * Diplomacy"): navigation, a section, a kicker.
 */
function isLabelShaped(text: string): boolean {
	const n = words(text);
	// A breadcrumb trail: "Home > World > Asia", "トップ > 政治", "Главная › Политика".
	if (/[\s\u00a0][>›»/|][\s\u00a0]/u.test(text) && !/[.!?。！？]$/u.test(text)) return true;
	if (n > 5 || /[.!?:;,…。！？]$/u.test(text)) return false;
	if (cjkCount(text) >= 8) return false;
	return n <= 3 || text.split(/[\s\u00a0]+/u).every((w) => TITLE_CASE_WORD.test(w));
}

/** A dek reads as a summary: a phrase or sentence of three words or more (ten Japanese letters). */
function isSummaryShaped(text: string): boolean {
	return !isLabelShaped(text) && (words(text) >= 3 || cjkCount(text) >= 10);
}

/**
 * The headline is the first header line that is not a label (masthead, section, navigation, dates
 * and bylines are set aside before): what comes before it, however much, is the page's furniture,
 * and a sub-headline or prompt after it is not taken for it. The dek is the next line if it reads as
 * a summary. Null when every header line is label-shaped (the older rules decide then).
 */
function pickHeading(
	lines: Line[],
	header: number[],
	note: (i: number, role: HeadingNote['role'], reason: string) => void
): { title: number; dek: number; section: number } | null {
	const at = header.findIndex((i) => !isLabelShaped((lines[i] as Line).text));
	if (at < 0) return null;
	const title = header[at] as number;
	const above = header.slice(0, at);
	note(
		title,
		'title',
		above.length === 0
			? 'the first header line'
			: `the first header line that is not a label (${above.length} label line${above.length === 1 ? '' : 's'} above it)`
	);
	let dek = -1;
	const next = header[at + 1];
	if (next !== undefined && isSummaryShaped((lines[next] as Line).text)) {
		dek = next;
		note(next, 'dek', 'the line after the headline, which reads as a summary');
	}
	let section = -1;
	const s = above.at(-1);
	if (s !== undefined && isLabel((lines[s] as Line).text)) {
		section = s;
		note(s, 'section', 'the label right above the headline');
	}
	for (const i of header)
		if (i !== title && i !== dek && i !== section)
			note(
				i,
				'left',
				i < title
					? 'a label above the headline (navigation or kicker)'
					: 'a header line after the dek'
			);
	return { title, dek, section };
}

/** A section label: a few words with no closing punctuation ("International relations"). */
function isLabel(text: string, maxWords = 5): boolean {
	return words(text) <= maxWords && !/[.!?:;,…]$/.test(text);
}

function findLine(lines: Line[], wanted: string, field: 'title' | 'dek', from: number): number {
	const target = wanted.trim();
	const i = lines.findIndex((l, j) => j >= from && l.text === target);
	if (i < 0) {
		throw new IngestError(
			'BAD_META',
			`meta ${field} ${JSON.stringify(target)} is not a line of the raw text (it must be copied exactly)`
		);
	}
	return i;
}
