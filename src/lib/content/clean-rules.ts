// The line rules of the article cleaner (clean.ts): what one trimmed, non-blank line of a copied page
// is on its own, before its neighbours are looked at.
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
// An appeal glued to the start of a paragraph, or an agency credit stuck to its end, is kept beside the
// paragraph (Line.head, Line.tail) instead of condemning the whole line, so the paragraph survives;
// clean.ts accounts for both.

import type { CleanRule } from './model.ts';

type Kind = 'hard' | 'caption' | 'credit' | 'prose' | 'short';

export interface Line {
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
	/**
	 * A line that ends the article when it comes after it (a footer's rights notice, the head of
	 * the comments): nothing after it is the article's (clean.ts).
	 */
	end?: boolean;
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
	// "Subscribe to The Japan Times to keep reading unlimited articles."
	followedBy(/\bsubscribe to\b/i, /\bto (?:keep|continue) reading\b/i),
	matches(/\bclick here to subscribe\b/i),
	matches(/\balready (?:a )?subscriber\b/i),
	followedBy(/\btrial period\b/i, /\b(?:expired|ended)\b/i),
	// Japanese and Russian paywalls: "paid members only", "log in to read on", "first month free",
	// "subscribe".
	matches(
		/有料会員|会員限定|有料記事|会員記事|無料会員登録|ログインして|続きをお読み|続きを読む|続きは.{0,12}(?:電子版|会員)|初月無料|購読はこちら|購読のお申し込み|оформите подписку|оформить подписку|доступн\p{L}{0,2} только подписчикам|полная версия (?:статьи |материала )?доступна подписчикам|残り[:：]?[\s\u00a0]*\d{1,6}文字|全文[:：]?[\s\u00a0]*\d{1,6}文字/iu
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
export function hasAppealMark(text: string): boolean {
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
	/^(?:関連記事|関連ニュース|関連リンク|シェア|この記事をシェアする|ツイート|保存|印刷|ログイン|会員登録|新規登録|有料会員限定|\[有料会員限定\]|おすすめ|おすすめ記事|ランキング|アクセスランキング|広告|PR|ニュース一覧|トップへ戻る|続きを読む|もっと見る|コメント|Читайте также|Читать также|Смотрите также|Подписывайтесь|Подписаться|Реклама|Поделиться|Теги|Комментарии(?:[\s\u00a0]*\(\d{1,6}\))?|Комментировать|Новости партн[её]ров|Назад на главную|На главную|Показать (?:ещ[её]|больше)|Читать далее|Читать полностью|Все новости|Главное|Back to main page|Back to home(?: ?page)?|Back to homepage|Main page|Tags|Read also|Show more|More about|Remind me later|Maybe later|Not now|Continue|Support now|Donate now|Donate)$/iu;
/** A label and the link text after it: "Читайте также: ...", "関連記事：...", "Read also: ...". */
const LOCAL_LEAD =
	/^(?:Читайте также|Читать также|Смотрите также|Читайте нас|Подписывайтесь на|Подпишитесь на|Следите за новостями|Следите за нами|Нашли опечатку|関連記事|あわせて読みたい|Read also|Also read|See also|Read more|Related|Recommended|Most read)[\s\u00a0]*[:：—–-]?[\s\u00a0]/iu;

/** A lead label with its mark: "Related: ...", "Читайте также — ...". */
const LEAD_MARK = /^[^:：—–-]{1,30}[:：—–-]/u;

/**
 * A short Japanese line that is a button or a list's label, not text: no sentence end, at most 25
 * characters, and a word of page furniture in it (share, post, bookmark, print, follow, ranking,
 * related, list, log in, register, newsletter, app, enlarge photo, read on).
 */
const JA_CONTROL_WORD =
	/シェア|ポスト|ツイート|ブックマーク|印刷|フォロー|LINEで送る|ランキング|おすすめ|関連記事|関連ニュース|一覧|ログイン|会員登録|メルマガ|アプリ|(?:写真|画像)を?拡大|拡大(?:する|表示)|続きを読む|もっと見る|トップへ|ホームへ|コメント/u;
/** Russian and English lines of the same kind: "Материалы по теме", "Story continues below advertisement". */
const CONTROL_PHRASE =
	/^(?:(?:материалы|новости|ещ[её]|статьи) по теме|популярное|выбор редакции|главные новости|лента новостей|нашли (?:ошибку|опечатку)|(?:story|article|text) continues (?:below|after)|continue reading below|scroll to continue|explore more on these topics|reuse this content|remind me\b|\d{1,2}[\s\u00a0]*min(?:ute)?s? read$|reading time\b)/iu;

function isLocalControl(line: string): boolean {
	if (LOCAL_CONTROL.test(line.slice(0, withoutTrail(line)))) return true;
	// "Related talks on ... were agreed." is a paragraph; "Related: ..." and a link text are not.
	if (line.length <= 160 && LOCAL_LEAD.test(line) && (!isProse(line) || LEAD_MARK.test(line)))
		return true;
	if (line.length <= 160 && CONTROL_PHRASE.test(line)) return true;
	return [...line].length <= 25 && !endsSentence(line) && JA_CONTROL_WORD.test(line);
}

/**
 * A cookie notice, in any of the three languages and of any length up to COOKIE_CHARS: cookies
 * named, and what a notice asks or says of them ("We use cookies... By continuing you agree",
 * 「Cookieを利用しています…同意」, «Мы используем файлы cookie… Продолжая»). Unlike the prompts', a
 * quote does not rule it out: notices quote their own buttons (By clicking "Accept all", ...).
 */
const COOKIE_CHARS = 1000;
const COOKIE_NAMED = /\bcookies?\b|クッキー|Cookie|(?<![\p{L}])куки(?![\p{L}])/iu;
const COOKIE_ASK =
	/\b(?:we use|uses|accept|consent|agree|privacy (?:policy|notice)|cookie (?:policy|settings|preferences)|by (?:continuing|using|clicking)|manage (?:preferences|settings|cookies)|personali[sz]e)\b|利用|使用|同意|設定|ポリシー|許可|(?<![\p{L}])(?:использ\p{L}*|соглас\p{L}*|продолжая|политик\p{L}*|принять|принимаете|настро\p{L}*)(?![\p{L}])/iu;

function isCookieNotice(text: string): boolean {
	return text.length <= COOKIE_CHARS && COOKIE_NAMED.test(text) && COOKIE_ASK.test(text);
}

/** A consent dialog's buttons, each a whole line: "Accept all", 「同意する」, «Принять». */
const CONSENT_BUTTON =
	/^(?:accept(?: all)?(?: cookies)?|reject(?: all)?|i agree|agree|got it|ok|manage (?:settings|preferences|cookies)|cookie settings|同意する|同意して閉じる|同意します|すべて許可|閉じる|Принять(?: все)?|Согласен|Согласна|Соглашаюсь|Хорошо|Понятно|Настройки|Отклонить)$/iu;

/**
 * What ends the article when it comes after it: a footer's rights notice ("Copyright © The Yomiuri
 * Shimbun", "© 2024 МИА «Россия сегодня»", 許諾なく転載することを禁じます, "All rights reserved")
 * and the head of the readers' comments ("Comments (3)", «Комментарии», コメント, "Join the
 * conversation"), and the lists a wire page ends with ("Suggested Topics:", "Our Standards: ...",
 * "KEYWORDS").
 */
const PAGE_END: Rule[] = [
	matches(/^(?:copyright\b|(?:©|Ⓒ|\(c\))[\s\u00a0]*(?:\d{4}|the\b))/iu),
	matches(/\ball rights reserved\b|無断転載|無断複製|転載(?:することを|を)禁|Все права защищены/iu),
	matches(
		/^(?:\d{1,6}[\s\u00a0]+)?(?:comments?|reader comments|コメント|комментари(?:и|ев|й))(?:[\s\u00a0]*[(（][\s\u00a0]*\d{1,6}[\s\u00a0]*[)）])?[\s.:!…>»]*$/iu
	),
	matches(
		/^(?:join the (?:conversation|discussion)|leave a comment|add a comment|show comments|view comments|оставьте комментарий|написать комментарий|добавить комментарий|コメントを書く|コメントする)/iu
	),
	matches(/^(?:keywords|suggested topics|our standards)\b/i)
];

/** Whether a line ends the article when it comes after it (see PAGE_END). */
export function isPageEnd(text: string): boolean {
	return text.length <= MAX_PROMPT_CHARS && PAGE_END.some((rule) => rule(text));
}

const PAGE_CONTROL: Rule[] = [
	isControlLabel,
	isLocalControl,
	followedBy(/\bcookies?\b/i, /\b(?:accept|consent|policy|settings)\b/i),
	matches(CONSENT_BUTTON),
	isShareRow
];

// The credit that ends a photo caption. © alone is a strong mark; "Photo by" must be the line's end
// without a full stop, so that prose ending "...a photo by the ministry." is not taken. It reads
// every line, so each run of spaces meets a disjoint class next (a name after "Photo by" starts at
// its first non-space), and a start is only ever the line's start or a space.
const CREDIT =
	/(?:^|[\s\u00a0])((?:©|Ⓒ|\(c\))[\s\u00a0]*\S.{0,60}|Copyright[\s\u00a0]+(?:©[\s\u00a0]*)?\d{4}.{0,60}|\((?:Photos?|Photograph|Image|Picture|Illustration|Graphic)[\s\u00a0]*(?:by|:|courtesy of)[^()]{1,80}\)|(?:Photos?|Photograph|Image|Picture)(?:[\s\u00a0]+by|:)[\s\u00a0]+[^\s\u00a0.!?][^.!?]{0,59}|(?:\S+\/)?Getty Images|(?:Фото|Фотография|写真|画像)[\s\u00a0]*[:：][\s\u00a0]*\S.{0,60}|\((?:AP|AFP|Reuters|Kyodo|EPA|Yonhap)[\s\u00a0]+Photo\/[^()]{1,60}\)|\([^()]{1,60}[\s\u00a0]via[\s\u00a0]+(?:AP|AFP|Reuters)\)|Credit:[\s\u00a0]+\S.{0,60})$/iu;

/**
 * A Japanese caption's credit: "＝根室市で2024年2月7日、山田太郎撮影", "（共同通信社提供）". No space
 * stands before it, so it is read from the "＝" or bracket on.
 */
const JA_CREDIT =
	/([＝=][^＝=]{1,60}撮影|[＝=](?:ロイター|AP|AFP|EPA|共同|時事|タス|ゲッティ)|[（(][^（）()]{0,40}(?:撮影|提供)[）)]|(?<![。！？])[（(](?:時事|共同|ロイター|AP|AFP)[）)])$/u;

/**
 * A photographer and an agency after a slash, the caption's end with no full stop after it:
 * "Sergei Krasnoukhov / TASS". Case matters here (no `i`: under it \p{Lu} matches any letter).
 */
const NAME_CREDIT =
	/(?:^|[\s\u00a0])(\p{Lu}\p{Ll}+(?:[\s\u00a0]+\p{Lu}\p{Ll}+){1,2}[\s\u00a0]*\/[\s\u00a0]*\p{Lu}[\p{L}.]{1,20}(?:[\s\u00a0]+\p{Lu}[\p{L}.]{1,20}){0,2})$/u;

const SENTENCE_ENDS = new Set(['.', '!', '?', '…', '。', '！', '？']);
const SENTENCE_CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']']);
const SENTENCE_START = /^["'“‘«([【「『（]?[\p{Lu}\p{N}\p{Lo}]/u;

/** A footnote's mark after a sentence: "[2]", "¹²". */
const FOOTNOTE_MARK = /(?:\[\d{1,3}\]|[\u00b9\u00b2\u00b3\u2070-\u2079]{1,3})$/u;

/** Closing punctuation, then only quotes, brackets or a footnote's mark: read from the end, once. */
export function endsSentence(text: string): boolean {
	const mark = FOOTNOTE_MARK.exec(text.slice(-8));
	let end = text.length - (mark ? mark[0].length : 0);
	while (end > 0 && SENTENCE_CLOSERS.has(text[end - 1] as string)) end--;
	// The sentence ends are all single UTF-16 units, as the closers are.
	return end > 0 && SENTENCE_ENDS.has(text[end - 1] as string);
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

export function words(text: string): number {
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
	// A cookie notice is read past the prompts' cap: consent dialogs run long.
	if (text.length > MAX_PROMPT_CHARS || words(text) > MAX_PROMPT_WORDS)
		return isCookieNotice(text) ? 'page-control' : null;
	const sentence = isProse(text);
	if (PAYWALL.some((rule) => rule(text))) return 'paywall';
	if (!sentence && PAYWALL_LABEL.some((rule) => rule(text))) return 'paywall';
	if (!sentence && OFFER.some((rule) => rule(text))) return 'offer';
	if (SPONSORED.some((rule) => rule(text))) return 'sponsored';
	if (isAppeal(text, sentence)) return 'appeal';
	if (PAGE_CONTROL.some((rule) => rule(text)) || isCookieNotice(text)) return 'page-control';
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

/** Only format and space characters (a zero-width space left by the copy): nothing to read. */
const INVISIBLE = /^[\p{Cf}\p{Z}\s]*$/u;

export function classify(n: number, text: string): Line {
	if (INVISIBLE.test(text)) return { n, text, kind: 'hard', rule: 'page-control' };
	const glued = gluedAppeal(text);
	if (glued) return { n, text, kind: 'prose', head: { appeal: glued.appeal, body: glued.rest } };
	const rule = hardRule(text);
	const end = isPageEnd(text);
	if (rule) return end ? { n, text, kind: 'hard', rule, end } : { n, text, kind: 'hard', rule };
	if (end) return { n, text, kind: 'hard', rule: 'page-control', end };
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

/** Words a cut-off paragraph has at least: a short line after the text is a label, not a paragraph. */
const CUT_OFF_WORDS = 8;

export function isCutOff(line: Line): boolean {
	return (
		line.kind === 'short' &&
		SENTENCE_START.test(line.text) &&
		LOWER.test(line.text) &&
		words(line.text) >= CUT_OFF_WORDS
	);
}
