// Every source the project cites, each with its kind (types.ts, SOURCE_KINDS): treaties and other
// primary documents, official statements and statistics, scholarship, reference works and news
// organisations of record. Copies of Wikipedia, blogs, personal, travel and hiking pages, aggregators
// and content farms are not cited: docs/neutrality-audit.md lists what stood here before the audit,
// what replaced it and which facts changed. Ids are kept where the page is the same work (a copy of
// a Wikipedia article now points at the article itself), so a removed id is never reused.
//
// A statement read somewhere other than its maker's own site is cited as the statement (who, when,
// what) with `via` naming the page it was read on; `publisher` is who made it.
import type { Source, SourceId } from './types.ts';

// Written without the Source type so that its keys stay literal: SourceId is the union of them
// (types.ts), and annotating this object with SourceId would make the type refer to itself.
export const SOURCE_TABLE = {
	S1: {
		id: 'S1',
		title: '北方領土の位置・面積・人口',
		note: 'areas from GSI survey data, Reiwa 3 = 2021',
		url: 'https://www.hoppou.go.jp/archives/basics/islands1.html',
		publisher: 'Cabinet Office of Japan (hoppou.go.jp)',
		kind: 'official-statistics',
		lang: 'ja'
	},
	S2: {
		id: 'S2',
		title: '北方領土の位置と面積',
		note: 'areas from GSI survey data, Heisei 26 = 2014',
		url: 'https://www.hoppou.go.jp/gakushu/outline/islands/island1/',
		publisher: 'Cabinet Office of Japan (hoppou.go.jp)',
		kind: 'official-statistics',
		lang: 'ja'
	},
	S3: {
		id: 'S3',
		title: '北方領土の姿',
		url: 'https://www8.cao.go.jp/hoppo/sugata/01.html',
		publisher: 'Cabinet Office of Japan',
		kind: 'official-statistics',
		lang: 'ja'
	},
	S4: {
		id: 'S4',
		title: '北方領土データ',
		note: 'areas from GSI survey data, Reiwa 4 = 2022; residents on 15 Aug 1945',
		url: 'https://www.mofa.go.jp/mofaj/erp/rss/hoppo/page1w_000024.html',
		publisher: 'Ministry of Foreign Affairs of Japan',
		kind: 'official-statistics',
		lang: 'ja'
	},
	S5: {
		id: 'S5',
		title: 'Northern Territories: Japan’s position',
		url: 'https://www.mofa.go.jp/region/europe/russia/territory/index.html',
		publisher: 'Ministry of Foreign Affairs of Japan',
		kind: 'official-statement',
		lang: 'en'
	},
	S7: {
		id: 'S7',
		title: 'Iturup',
		url: 'https://en.wikipedia.org/wiki/Iturup',
		publisher: 'Wikipedia',
		kind: 'reference',
		lang: 'en'
	},
	S10: {
		id: 'S10',
		title: 'Ітуруп',
		url: 'https://uk.wikipedia.org/wiki/%D0%86%D1%82%D1%83%D1%80%D1%83%D0%BF',
		publisher: 'Wikipedia (Ukrainian)',
		kind: 'reference',
		lang: 'uk'
	},
	S12: {
		id: 'S12',
		title: 'Kunashir Island',
		url: 'https://en.wikipedia.org/wiki/Kunashir_Island',
		publisher: 'Wikipedia',
		kind: 'reference',
		lang: 'en'
	},
	S13: {
		id: 'S13',
		title: 'Kunaschir',
		url: 'https://de.wikipedia.org/wiki/Kunaschir',
		publisher: 'Wikipedia (German)',
		kind: 'reference',
		lang: 'de'
	},
	S16: {
		id: 'S16',
		title: 'Shikotan',
		url: 'https://en.wikipedia.org/wiki/Shikotan',
		publisher: 'Wikipedia',
		kind: 'reference',
		lang: 'en'
	},
	S19: {
		id: 'S19',
		title: 'Lesser Kuril Chain',
		url: 'https://en.wikipedia.org/wiki/Lesser_Kuril_Chain',
		publisher: 'Wikipedia',
		kind: 'reference',
		lang: 'en'
	},
	S20: {
		id: 'S20',
		title: '色丹村',
		url: 'https://ja.wikipedia.org/wiki/%E8%89%B2%E4%B8%B9%E6%9D%91',
		publisher: 'Wikipedia (Japanese)',
		kind: 'reference',
		lang: 'ja'
	},
	S21: {
		id: 'S21',
		title: 'Shikotan, Hokkaido',
		url: 'https://en.wikipedia.org/wiki/Shikotan,_Hokkaido',
		publisher: 'Wikipedia',
		kind: 'reference',
		lang: 'en'
	},
	S22: {
		id: 'S22',
		title: 'Зелёный (Малая Курильская гряда)',
		url: 'https://ru.wikipedia.org/wiki/%D0%97%D0%B5%D0%BB%D1%91%D0%BD%D1%8B%D0%B9_(%D0%9C%D0%B0%D0%BB%D0%B0%D1%8F_%D0%9A%D1%83%D1%80%D0%B8%D0%BB%D1%8C%D1%81%D0%BA%D0%B0%D1%8F_%D0%B3%D1%80%D1%8F%D0%B4%D0%B0)',
		publisher: 'Wikipedia (Russian)',
		kind: 'reference',
		lang: 'ru'
	},
	S23: {
		id: 'S23',
		title: 'Анучина (остров)',
		url: 'https://ru.wikipedia.org/wiki/%D0%90%D0%BD%D1%83%D1%87%D0%B8%D0%BD%D0%B0_(%D0%BE%D1%81%D1%82%D1%80%D0%BE%D0%B2)',
		publisher: 'Wikipedia (Russian)',
		kind: 'reference',
		lang: 'ru'
	},
	S24: {
		id: 'S24',
		title: 'Остров Танфильева',
		url: 'https://ru.wikipedia.org/wiki/%D0%9E%D1%81%D1%82%D1%80%D0%BE%D0%B2_%D0%A2%D0%B0%D0%BD%D1%84%D0%B8%D0%BB%D1%8C%D0%B5%D0%B2%D0%B0',
		publisher: 'Wikipedia (Russian)',
		kind: 'reference',
		lang: 'ru'
	},
	S25: {
		id: 'S25',
		title: 'Polonsky Island',
		url: 'https://en.wikipedia.org/wiki/Polonsky_Island',
		publisher: 'Wikipedia',
		kind: 'reference',
		lang: 'en'
	},
	S26: {
		id: 'S26',
		title: 'Сигнальный (остров)',
		url: 'https://ru.wikipedia.org/wiki/%D0%A1%D0%B8%D0%B3%D0%BD%D0%B0%D0%BB%D1%8C%D0%BD%D1%8B%D0%B9_(%D0%BE%D1%81%D1%82%D1%80%D0%BE%D0%B2)',
		publisher: 'Wikipedia (Russian)',
		kind: 'reference',
		lang: 'ru'
	},
	S31: {
		id: 'S31',
		title: '留別村',
		url: 'https://ja.wikipedia.org/wiki/%E7%95%99%E5%88%A5%E6%9D%91',
		publisher: 'Wikipedia (Japanese)',
		kind: 'reference',
		lang: 'ja'
	},
	S32: {
		id: 'S32',
		title: '泊村 (北海道根室振興局)',
		url: 'https://ja.wikipedia.org/wiki/%E6%B3%8A%E6%9D%91_(%E5%8C%97%E6%B5%B7%E9%81%93%E6%A0%B9%E5%AE%A4%E6%8C%AF%E8%88%88%E5%B1%80)',
		publisher: 'Wikipedia (Japanese)',
		kind: 'reference',
		lang: 'ja'
	},
	S33: {
		id: 'S33',
		title: 'Южно-Курильск',
		url: 'https://ru.wikipedia.org/wiki/%D0%AE%D0%B6%D0%BD%D0%BE-%D0%9A%D1%83%D1%80%D0%B8%D0%BB%D1%8C%D1%81%D0%BA',
		publisher: 'Wikipedia (Russian)',
		kind: 'reference',
		lang: 'ru'
	},
	S34: {
		id: 'S34',
		title: 'Южно-Курильский район',
		url: 'https://ru.wikipedia.org/wiki/%D0%AE%D0%B6%D0%BD%D0%BE-%D0%9A%D1%83%D1%80%D0%B8%D0%BB%D1%8C%D1%81%D0%BA%D0%B8%D0%B9_%D1%80%D0%B0%D0%B9%D0%BE%D0%BD',
		publisher: 'Wikipedia (Russian)',
		kind: 'reference',
		lang: 'ru'
	},
	S36: {
		id: 'S36',
		title: 'Курильский район',
		url: 'https://ru.wikipedia.org/wiki/%D0%9A%D1%83%D1%80%D0%B8%D0%BB%D1%8C%D1%81%D0%BA%D0%B8%D0%B9_%D1%80%D0%B0%D0%B9%D0%BE%D0%BD_%D0%A1%D0%B0%D1%85%D0%B0%D0%BB%D0%B8%D0%BD%D1%81%D0%BA%D0%BE%D0%B9_%D0%BE%D0%B1%D0%BB%D0%B0%D1%81%D1%82%D0%B8',
		publisher: 'Wikipedia (Russian)',
		kind: 'reference',
		lang: 'ru'
	},
	S37: {
		id: 'S37',
		title: 'Kurilsk',
		url: 'https://en.wikipedia.org/wiki/Kurilsk',
		publisher: 'Wikipedia',
		kind: 'reference',
		lang: 'en'
	},
	S38: {
		id: 'S38',
		title: 'Малокурильское',
		url: 'https://ru.wikipedia.org/wiki/%D0%9C%D0%B0%D0%BB%D0%BE%D0%BA%D1%83%D1%80%D0%B8%D0%BB%D1%8C%D1%81%D0%BA%D0%BE%D0%B5',
		publisher: 'Wikipedia (Russian)',
		kind: 'reference',
		lang: 'ru'
	},
	S41: {
		id: 'S41',
		title: '爺爺岳',
		url: 'https://ja.wikipedia.org/wiki/%E7%88%BA%E7%88%BA%E5%B2%B3',
		publisher: 'Wikipedia (Japanese)',
		kind: 'reference',
		lang: 'ja'
	},
	S43: {
		id: 'S43',
		title: '単冠山',
		url: 'https://kotobank.jp/word/%E5%8D%98%E5%86%A0%E5%B1%B1-1047649',
		publisher: 'Kodansha (Nihon no chimei ga wakaru jiten)',
		kind: 'reference',
		via: 'Kotobank',
		lang: 'ja'
	},
	S44: {
		id: 'S44',
		title: 'Nemuro Strait',
		url: 'https://en.wikipedia.org/wiki/Nemuro_Strait',
		publisher: 'Wikipedia',
		kind: 'reference',
		lang: 'en'
	},
	S46: {
		id: 'S46',
		title: 'Пролив Екатерины',
		url: 'https://ru.wikipedia.org/wiki/%D0%9F%D1%80%D0%BE%D0%BB%D0%B8%D0%B2_%D0%95%D0%BA%D0%B0%D1%82%D0%B5%D1%80%D0%B8%D0%BD%D1%8B',
		publisher: 'Wikipedia (Russian)',
		kind: 'reference',
		lang: 'ru'
	},
	S47: {
		id: 'S47',
		title: 'Détroit de Vries',
		url: 'https://fr.wikipedia.org/wiki/D%C3%A9troit_de_Vries',
		publisher: 'Wikipedia (French)',
		kind: 'reference',
		lang: 'fr'
	},
	S48: {
		id: 'S48',
		title: '弗里斯海峽',
		url: 'https://zh.wikipedia.org/wiki/%E5%BC%97%E9%87%8C%E6%96%AF%E6%B5%B7%E5%B3%BD',
		publisher: 'Wikipedia (Chinese)',
		kind: 'reference',
		lang: 'zh'
	},
	S49: {
		id: 'S49',
		title: 'Treaty of Saint Petersburg (1875)',
		url: 'https://en.wikipedia.org/wiki/Treaty_of_Saint_Petersburg_(1875)',
		publisher: 'Wikipedia',
		kind: 'reference',
		lang: 'en'
	},
	S50: {
		id: 'S50',
		title:
			'Nakatani Kazuhiro, “The Northern Territories from the Perspective of International Law” (addendum)',
		url: 'https://www.cas.go.jp/jp/ryodo_eg/kenkyu/senkaku/chapter01_column_01_sup1.html',
		publisher:
			'Research commissioned by the Cabinet Secretariat of Japan (not a statement of the government’s view)',
		kind: 'scholarly',
		lang: 'en'
	},
	S52: {
		id: 'S52',
		title:
			'Foreign Relations of the United States, 1905: Ambassador Meyer to the Secretary of State, 13 Dec 1905',
		url: 'https://history.state.gov/historicaldocuments/frus1905/d915',
		publisher: 'U.S. Department of State, Office of the Historian',
		kind: 'primary',
		lang: 'en'
	},
	S54: {
		id: 'S54',
		title: 'Treaty of Peace with Japan (San Francisco, 8 Sep 1951), text',
		url: 'http://vcn.bc.ca/alpha/sfpt/SanFranciscoPeaceTreaty1951.htm',
		publisher: 'Signatories of the Treaty of Peace with Japan',
		kind: 'primary',
		via: 'Vancouver Community Network',
		lang: 'en'
	},
	S55: {
		id: 'S55',
		title:
			'“Scope of ‘the Kurile Islands’ to which Japan renounced right, title and claim under Article 2(c) of the San Francisco Peace Treaty”',
		url: 'https://www.cas.go.jp/jp/ryodo_eg/kenkyu/senkaku/chapter01_column_01_sup2.html',
		publisher:
			'Research commissioned by the Cabinet Secretariat of Japan (not a statement of the government’s view)',
		kind: 'scholarly',
		lang: 'en'
	},
	S56: {
		id: 'S56',
		title: 'Soviet–Japanese Joint Declaration of 1956',
		url: 'https://en.wikipedia.org/wiki/Soviet%E2%80%93Japanese_Joint_Declaration_of_1956',
		publisher: 'Wikipedia',
		kind: 'reference',
		lang: 'en'
	},
	S57: {
		id: 'S57',
		title: 'Russian-Japanese peace treaty to be continued',
		url: 'https://www.oreanda.ru/en/gosudarstvo/politic1/russian-japanese-peace-treaty-to-be-continued/article1250752/',
		publisher: 'Oreanda news agency',
		kind: 'news',
		lang: 'en'
	},
	S58: {
		id: 'S58',
		title: 'Tokyo Declaration on Japan–Russia Relations, 13 Oct 1993, text',
		url: 'http://www.ioc.u-tokyo.ac.jp/%7Eworldjpn/documents/texts/docs/19931013.D1E.html',
		publisher: 'Governments of Japan and Russia',
		kind: 'primary',
		via: '“The World and Japan” database (University of Tokyo)',
		lang: 'en'
	},
	S59: {
		id: 'S59',
		title: 'Japan–Russia Summit Meeting in Irkutsk (Outline), 25 Mar 2001',
		url: 'https://www.mofa.go.jp/region/europe/russia/pmv0103/summit.html',
		publisher: 'Ministry of Foreign Affairs of Japan',
		kind: 'official-statement',
		lang: 'en'
	},
	S60: {
		id: 'S60',
		title:
			'Abe, Putin discuss joint activities on disputed isles under special framework (15 Dec 2016)',
		url: 'http://www.oananews.org/content/news/politics/abe-putin-discuss-joint-activities-disputed-isles-under-special-framework',
		publisher: 'Jiji Press',
		kind: 'news',
		via: 'OANA (Organization of Asia-Pacific News Agencies)',
		lang: 'en'
	},
	S61: {
		id: 'S61',
		title: 'Abe, Putin hold day two of summit with little to show on island dispute',
		url: 'http://www.straitstimes.com/asia/east-asia/abe-putin-hold-day-two-of-summit-with-little-to-show-on-island-dispute',
		publisher: 'The Straits Times',
		kind: 'news',
		lang: 'en'
	},
	S63: {
		id: 'S63',
		title: 'Japanese PM says will visit Russia in early 2019 (14 Nov 2018)',
		url: 'http://tass.com/world/1030846',
		publisher: 'TASS',
		kind: 'news',
		lang: 'en'
	},
	S64: {
		id: 'S64',
		title:
			'Japan sticks to its position on Kurils in light of constitutional amendment in Russia (2 Jul 2020)',
		url: 'https://tass.com/world/1173803',
		publisher: 'TASS',
		kind: 'news',
		lang: 'en'
	},
	S66: {
		id: 'S66',
		title: 'Russia to halt peace treaty talks with Japan over sanctions (21 Mar 2022)',
		url: 'https://japantoday.com/category/politics/update2-russia-to-halt-peace-treaty-talks-with-japan-over-sanctions',
		publisher: 'Japan Today (Kyodo News)',
		kind: 'news',
		lang: 'en'
	},
	S67: {
		id: 'S67',
		title: 'Putin’s win raises Japan’s hopes for progress on island row',
		url: 'https://asia.nikkei.com/Politics/International-relations/Putin-s-win-raises-Japan-s-hopes-for-progress-on-island-row',
		publisher: 'Nikkei Asian Review',
		kind: 'news',
		lang: 'en'
	},
	S68: {
		id: 'S68',
		title: '(Global Times report, 19 Mar 2018; title not recorded)',
		url: 'http://www.globaltimes.cn/content/1094158.shtml',
		publisher: 'Global Times',
		kind: 'news',
		lang: 'en'
	},
	S72: {
		id: 'S72',
		title:
			'Japan hopes for new perestroika in Russia as war in Ukraine stalls negotiations (2 Mar 2023)',
		url: 'https://www.lrt.lt/en/news-in-english/19/1925449/japan-hopes-for-new-perestroika-in-russia-as-war-in-ukraine-stalls-negotiations-over-occupied-islands',
		publisher: 'LRT (Lithuanian public broadcaster)',
		kind: 'news',
		lang: 'en'
	},
	S73: {
		id: 'S73',
		title: 'Russia, Japan sign statement on peace treaty (25 Mar 2001)',
		url: 'http://english.people.com.cn/english/200103/25/eng20010325_65954.html',
		publisher: 'People’s Daily',
		kind: 'news',
		lang: 'en'
	},
	S75: {
		id: 'S75',
		title: '(The Japan Times, 5 Sep 2000: visa-free exchange groups return)',
		url: 'https://www.japantimes.co.jp/news/2000/09/05/national/groups-back-after-trips-to-disputed-north-isles/',
		publisher: 'The Japan Times',
		kind: 'news',
		lang: 'en'
	},
	S82: {
		id: 'S82',
		title:
			'(Sputnik Brasil report, 25 Nov 2016: Japan protests Russian missile systems on the Kurils)',
		url: 'https://noticiabrasil.net.br/20161125/japao-protesto-sistema-de-misseis-russo-curilas-6946015.html',
		publisher: 'Sputnik Brasil',
		kind: 'news',
		lang: 'pt'
	},
	S83: {
		id: 'S83',
		title: 'Russia leader visits disputed isle, Tokyo protests (1 Nov 2010)',
		url: 'https://www.jpost.com/breaking-news/russia-leader-visits-disputed-isle-tokyo-protests',
		publisher: 'The Jerusalem Post',
		kind: 'news',
		lang: 'en'
	},
	S84: {
		id: 'S84',
		title: 'Kuril Islands dispute',
		url: 'https://en.wikipedia.org/wiki/Kuril_Islands_dispute',
		publisher: 'Wikipedia',
		kind: 'reference',
		lang: 'en'
	},
	S84w: {
		id: 'S84w',
		title: 'Kuril Islands',
		url: 'https://en.wikipedia.org/wiki/Kuril_Islands',
		publisher: 'Wikipedia',
		kind: 'reference',
		lang: 'en'
	},
	S87: {
		id: 'S87',
		title: 'Горячие Ключи (Курильский городской округ)',
		url: 'https://ru.wikipedia.org/wiki/%D0%93%D0%BE%D1%80%D1%8F%D1%87%D0%B8%D0%B5_%D0%9A%D0%BB%D1%8E%D1%87%D0%B8_(%D0%9A%D1%83%D1%80%D0%B8%D0%BB%D1%8C%D1%81%D0%BA%D0%B8%D0%B9_%D0%B3%D0%BE%D1%80%D0%BE%D0%B4%D1%81%D0%BA%D0%BE%D0%B9_%D0%BE%D0%BA%D1%80%D1%83%D0%B3)',
		publisher: 'Wikipedia (Russian)',
		kind: 'reference',
		lang: 'ru'
	},
	S89: {
		id: 'S89',
		title: '北方領土ってどこにあるの?「位置と面積」',
		url: 'http://www.hoppou.go.jp/gakushu/kids/naruhodo/manga1/index.html',
		publisher: 'Cabinet Office of Japan (hoppou.go.jp)',
		kind: 'official-statistics',
		lang: 'ja'
	},
	S93: {
		id: 'S93',
		title: '(The Japan Times, 5 Sep 2022: a veteran of Shumshu on his Soviet detention)',
		url: 'https://www.japantimes.co.jp/news/2022/09/05/national/fukushima-soldier-soviet-union-detention/',
		publisher: 'The Japan Times',
		kind: 'news',
		lang: 'en'
	},
	S96: {
		id: 'S96',
		title: 'The Four Northern Islands and the San Francisco Peace Treaty',
		url: 'https://www.spf.org/islandstudies/research/a00022r.html',
		publisher: 'Sasakawa Peace Foundation, Institute for Island Studies',
		kind: 'scholarly',
		lang: 'en'
	},
	S100: {
		id: 'S100',
		title: 'Kuril Islands’ citizens arrive in Japan for visa-free trip',
		url: 'https://tass.com/society/1059636',
		publisher: 'TASS',
		kind: 'news',
		lang: 'en'
	},
	S101: {
		id: 'S101',
		title: 'Putin and Mori, press statements in Tokyo, 5 Sep 2000',
		url: 'http://en.kremlin.ru/events/president/transcripts/21561',
		publisher: 'President of Russia (kremlin.ru)',
		kind: 'official-statement',
		lang: 'en'
	},
	S102: {
		id: 'S102',
		title: 'Japan open to return of two disputed isles (The Japan Times, 2 Oct 2000)',
		url: 'http://www.hartford-hwp.com/archives/55a/441.html',
		publisher: 'The Japan Times',
		kind: 'news',
		via: 'hartford-hwp.com archive',
		lang: 'en'
	},
	S108: {
		id: 'S108',
		title: 'Russia halts Kuril Islands treaty talks with Japan over sanctions (21 Mar 2022)',
		url: 'https://kyivindependent.com/uncategorized/russia-halts-kuril-islands-treaty-talks-with-japan-over-sanctions',
		publisher: 'The Kyiv Independent',
		kind: 'news',
		lang: 'en'
	},
	S110: {
		id: 'S110',
		title: 'Yalta Conference, Agreement Regarding Japan, 11 Feb 1945',
		url: 'https://avalon.law.yale.edu/wwii/yalta.asp',
		publisher: 'Governments of the USSR, the United States and the United Kingdom',
		kind: 'primary',
		via: 'The Avalon Project, Yale Law School',
		lang: 'en'
	},
	S111: {
		id: 'S111',
		title: 'Charter of the United Nations, Article 107',
		url: 'https://legal.un.org/repertory/art107.shtml',
		publisher: 'United Nations',
		kind: 'primary',
		via: 'Repertory of Practice of United Nations Organs',
		lang: 'en'
	},
	S112: {
		id: 'S112',
		title:
			'Comment by the Information and Press Department on statements by a Japanese diplomat on a peace treaty, 20 Feb 2016',
		url: 'https://www.mid.ru/en/web/guest/kommentarii/-/asset_publisher/2MrVt3CzL5sw/content/id/2105539',
		publisher: 'Ministry of Foreign Affairs of Russia',
		kind: 'official-statement',
		lang: 'en'
	},
	S113: {
		id: 'S113',
		title: 'Sergey Lavrov, Foreign Minister, annual press conference, 16 Jan 2019',
		described: true,
		url: 'https://rg.ru/2019/01/16/lavrov-trebovaniia-iaponii-o-vozvrate-kuril-protivorechat-ustavu-oon.html',
		publisher: 'Ministry of Foreign Affairs of Russia',
		kind: 'official-statement',
		via: 'Rossiyskaya Gazeta',
		lang: 'ru'
	},
	S114: {
		id: 'S114',
		title:
			'Maria Zakharova, Foreign Ministry spokeswoman, answer to a question on the Kurils, 5 Oct 2016',
		described: true,
		url: 'https://tvzvezda.ru/news/201610051341-khd1.htm',
		publisher: 'Ministry of Foreign Affairs of Russia',
		kind: 'official-statement',
		via: 'Zvezda TV',
		lang: 'ru'
	},
	S115: {
		id: 'S115',
		title: 'Конституция Российской Федерации',
		note: 'as amended 1 Jul 2020, Article 67(2.1)',
		url: 'http://kremlin.ru/acts/constitution',
		publisher: 'Russian Federation',
		kind: 'primary',
		via: 'President of Russia (kremlin.ru)',
		lang: 'ru'
	},
	S116: {
		id: 'S116',
		title: 'サン・フランシスコ平和条約',
		note: 'children’s page on the Northern Territories',
		url: 'https://www.hoppou.go.jp/gakushu/kids/naruhodo/manga4/treaty4/index.html',
		publisher: 'Cabinet Office of Japan (hoppou.go.jp)',
		kind: 'official-statement',
		lang: 'ja'
	},
	S117: {
		id: 'S117',
		title: '北方領土には誰が住んでいたの?「歴史」',
		note: 'children’s page on the Northern Territories',
		url: 'http://www.hoppou.go.jp/gakushu/kids/naruhodo/manga3/index.html',
		publisher: 'Cabinet Office of Japan (hoppou.go.jp)',
		kind: 'official-statement',
		lang: 'ja'
	},
	S118: {
		id: 'S118',
		title:
			'The first diplomatic and trade treaty between Japan and Russia signed (Treaty of Shimoda)',
		url: 'https://prlib.ru/en/history/619012',
		publisher: 'Presidential Library of Russia',
		kind: 'reference',
		lang: 'en'
	},
	S119: {
		id: 'S119',
		title:
			'Joint Compendium of Documents on the History of Territorial Issue between Japan and Russia, VI: Japanese–Soviet Joint Communiqué (18 Apr 1991)',
		url: 'https://www.mofa.go.jp/region/europe/russia/territory/edition92/period6.html',
		publisher: 'Ministries of Foreign Affairs of Japan and Russia (joint compendium)',
		kind: 'primary',
		via: 'Ministry of Foreign Affairs of Japan',
		lang: 'en'
	},
	S120: {
		id: 'S120',
		title: '「北方四島との交流」に関する日ソ外相間の往復書簡',
		note: 'letters between the foreign ministers, 14 Oct 1991',
		url: 'https://worldjpn.net/documents/texts/JPRU/19911014.O1J.html',
		publisher: 'Governments of Japan and the USSR',
		kind: 'primary',
		via: '“The World and Japan” database (GRIPS and University of Tokyo)',
		lang: 'ja'
	},
	S121: {
		id: 'S121',
		title:
			'Joint Compendium of Documents on the History of Territorial Issue between Japan and Russia, II: Period before 1905',
		url: 'https://www.mofa.go.jp/region/europe/russia/territory/edition92/period2.html',
		publisher: 'Ministries of Foreign Affairs of Japan and Russia (joint compendium)',
		kind: 'primary',
		via: 'Ministry of Foreign Affairs of Japan',
		lang: 'en'
	},
	S122: {
		id: 'S122',
		title: 'Invasion of the Kuril Islands',
		url: 'https://en.wikipedia.org/wiki/Invasion_of_the_Kuril_Islands',
		publisher: 'Wikipedia',
		kind: 'reference',
		lang: 'en'
	},
	S123: {
		id: 'S123',
		title: 'Putin and Mori, press statements in Irkutsk, 25 Mar 2001',
		url: 'http://en.kremlin.ru/events/president/transcripts/21212',
		publisher: 'President of Russia (kremlin.ru)',
		kind: 'official-statement',
		lang: 'en'
	},
	S124: {
		id: 'S124',
		title:
			'(The Japan Times, 26 Mar 2001: Mori and Putin confirm the 1956 declaration as the basis of talks)',
		url: 'https://www.japantimes.co.jp/news/2001/03/26/national/mori-putin-confirm-56-pact-as-basis-for-isles-talk/',
		publisher: 'The Japan Times (Kyodo News)',
		kind: 'news',
		lang: 'en'
	},
	S125: {
		id: 'S125',
		title:
			'Gregory Clark, “Northern Territories dispute highlights flawed diplomacy” (The Japan Times, 24 Mar 2005), quoting Nishimura Kumao in the Diet on 19 Oct 1951',
		url: 'http://glocom.org/debates/20050325_clark_northern/index.html',
		publisher: 'The Japan Times',
		kind: 'news',
		via: 'GLOCOM, International University of Japan',
		lang: 'en'
	},
	S126: {
		id: 'S126',
		title: 'Сахалинская область // Сахалин и Курильские острова в годы Второй мировой войны',
		note: 'entry in an encyclopaedic dictionary',
		url: 'https://elb.ys-citylibrary.ru/userfiles/mag/vishnevskii/sakh&kyrl/files/basic-html/page179.html',
		publisher: 'Encyclopaedic dictionary of Sakhalin in the Second World War',
		kind: 'reference',
		via: 'Yuzhno-Sakhalinsk city library',
		lang: 'ru'
	},
	S127: {
		id: 'S127',
		title: 'Южно-Сахалинская область',
		url: 'https://ru.wikipedia.org/wiki/%D0%AE%D0%B6%D0%BD%D0%BE-%D0%A1%D0%B0%D1%85%D0%B0%D0%BB%D0%B8%D0%BD%D1%81%D0%BA%D0%B0%D1%8F_%D0%BE%D0%B1%D0%BB%D0%B0%D1%81%D1%82%D1%8C',
		publisher: 'Wikipedia (Russian)',
		kind: 'reference',
		lang: 'ru'
	},
	S128: {
		id: 'S128',
		title: '2020 Russian constitutional referendum',
		url: 'https://en.wikipedia.org/wiki/2020_Russian_constitutional_referendum',
		publisher: 'Wikipedia',
		kind: 'reference',
		lang: 'en'
	},
	S129: {
		id: 'S129',
		title: 'Soviet–Japanese Neutrality Pact',
		url: 'https://en.wikipedia.org/wiki/Soviet%E2%80%93Japanese_Neutrality_Pact',
		publisher: 'Wikipedia',
		kind: 'reference',
		lang: 'en'
	},
	S130: {
		id: 'S130',
		title: 'Treaty of San Francisco',
		url: 'https://en.wikipedia.org/wiki/Treaty_of_San_Francisco',
		publisher: 'Wikipedia',
		kind: 'reference',
		lang: 'en'
	},
	S131: {
		id: 'S131',
		title: 'Dmitry Peskov, Kremlin spokesman, on the 1956 Declaration, 18 Nov 2018',
		url: 'https://tass.com/politics/1031368',
		publisher: 'President of Russia (Kremlin press secretary)',
		kind: 'official-statement',
		via: 'TASS',
		lang: 'en'
	},
	S132: {
		id: 'S132',
		title: 'Ainu',
		url: 'https://www.britannica.com/topic/Ainu',
		publisher: 'Encyclopaedia Britannica',
		kind: 'reference',
		lang: 'en'
	},
	S133: {
		id: 'S133',
		title: '択捉島:地形図間違い…岬の位置変更、最高峰も別の山に',
		note: '12 Aug 2014',
		url: 'https://megalodon.jp/ref/2014-0813-1814-04/mainichi.jp/select/news/20140813k0000m040133000c.html',
		publisher: 'Mainichi Shimbun',
		kind: 'news',
		via: 'megalodon.jp web archive',
		lang: 'ja'
	},
	S134: {
		id: 'S134',
		title: '2月7日について',
		note: 'Northern Territories Day',
		url: 'https://www8.cao.go.jp/hoppo/henkan/02.html',
		publisher: 'Cabinet Office of Japan',
		kind: 'official-statement',
		lang: 'ja'
	},
	S135: {
		id: 'S135',
		title: 'Putin and Abe, meeting in Singapore, 14 Nov 2018',
		url: 'http://en.kremlin.ru/events/president/transcripts/59125',
		publisher: 'President of Russia (kremlin.ru)',
		kind: 'official-statement',
		lang: 'en'
	},
	S136: {
		id: 'S136',
		title: 'Japan–Russia Summit Meeting, 1 Dec 2018 (recalls the Singapore agreement)',
		url: 'https://www.mofa.go.jp/erp/rss/northern/page6e_000162.html',
		publisher: 'Ministry of Foreign Affairs of Japan',
		kind: 'official-statement',
		lang: 'en'
	},
	S137: {
		id: 'S137',
		title: 'Battle of Shumshu',
		url: 'https://en.wikipedia.org/wiki/Battle_of_Shumshu',
		publisher: 'Wikipedia',
		kind: 'reference',
		lang: 'en'
	},
	S138: {
		id: 'S138',
		title: 'Maria Zakharova, Foreign Ministry spokeswoman, briefing reported 12 Feb 2026',
		url: 'https://tass.com/politics/2085753',
		publisher: 'Ministry of Foreign Affairs of Russia',
		kind: 'official-statement',
		via: 'TASS',
		lang: 'en'
	},
	S139: {
		id: 'S139',
		title:
			'Maria Zakharova, Foreign Ministry spokeswoman, answer to Japan’s foreign minister, 10 Aug 2025',
		described: true,
		url: 'https://radio1.ru/news/politika/v-mid-rossii-otvetili-na-zayavleniya-tokio-ob-okkupatsii-kurilskih-ostrovov/',
		publisher: 'Ministry of Foreign Affairs of Russia',
		kind: 'official-statement',
		via: 'Radio 1 (Moscow)',
		lang: 'ru'
	},
	S140: {
		id: 'S140',
		title:
			'Editorial: Japan, Russia should engage in calm dialogue to solve N. Territories row (21 Jan 2019)',
		url: 'https://mainichi.jp/english/articles/20190121/p2a/00m/0na/023000c',
		publisher: 'Mainichi Shimbun',
		kind: 'news',
		lang: 'en'
	},
	S141: {
		id: 'S141',
		title:
			'Gregory Clark, “Behind the negotiations for the Kuril Islands”, quoting Nishimura Kumao in the Diet on 19 Oct 1951',
		url: 'https://www.fccj.or.jp/number-1-shimbun-article/behind-negotiations-kuril-islands',
		publisher: 'Number 1 Shimbun, Foreign Correspondents’ Club of Japan',
		kind: 'news',
		lang: 'en'
	},
	N1: {
		id: 'N1',
		title: '納沙布岬',
		url: 'https://ja.wikipedia.org/wiki/%E7%B4%8D%E6%B2%99%E5%B8%83%E5%B2%AC',
		publisher: 'Wikipedia (Japanese)',
		kind: 'reference',
		lang: 'ja'
	},
	N4: {
		id: 'N4',
		title: 'ユルリ島',
		note: 'gives 2.1 km²',
		url: 'https://jlogos.com/ausp/word.html?id=7009364',
		publisher: 'Kadokawa Nihon Chimei Daijiten',
		kind: 'reference',
		via: 'JLogos',
		lang: 'ja'
	},
	N5: {
		id: 'N5',
		title: 'モユルリ島',
		url: 'https://ja.wikipedia.org/wiki/%E3%83%A2%E3%83%A6%E3%83%AB%E3%83%AA%E5%B3%B6',
		publisher: 'Wikipedia (Japanese)',
		kind: 'reference',
		lang: 'ja'
	},
	S142: {
		id: 'S142',
		title: 'Treaty of Portsmouth',
		url: 'https://en.wikipedia.org/wiki/Treaty_of_Portsmouth',
		publisher: 'Wikipedia',
		kind: 'reference',
		lang: 'en'
	},
	S143: {
		id: 'S143',
		title:
			'Surrender of Japan, 2 Sep 1945: the Potsdam Declaration (26 Jul 1945) and the surrender documents',
		url: 'http://metalab.unc.edu/pha/war.term/093_03.html',
		publisher: 'Governments of the Allied Powers and of Japan',
		kind: 'primary',
		via: 'ibiblio (University of North Carolina)',
		lang: 'en'
	},
	S144: {
		id: 'S144',
		title:
			'Evacuation ship passenger lists show names, details on 8,835 displaced Northern Territories residents (8 Dec 2025)',
		url: 'https://japannews.yomiuri.co.jp/society/general-news/20251208-297048',
		publisher: 'The Yomiuri Shimbun',
		kind: 'news',
		lang: 'en'
	},
	S145: {
		id: 'S145',
		title: 'И. П. Ким, «Репатриация японцев с Южного Сахалина в послевоенные годы»',
		url: 'https://cyberleninka.ru/article/n/repatriatsiya-yapontsev-s-yuzhnogo-sahalina-v-poslevoennye-gody',
		publisher: 'I. P. Kim (journal article)',
		kind: 'scholarly',
		via: 'CyberLeninka',
		lang: 'ru'
	},
	S146: {
		id: 'S146',
		title: 'Репатриация японцев Южного Сахалина и Курильских островов',
		url: 'https://ru.wikipedia.org/wiki/%D0%A0%D0%B5%D0%BF%D0%B0%D1%82%D1%80%D0%B8%D0%B0%D1%86%D0%B8%D1%8F_%D1%8F%D0%BF%D0%BE%D0%BD%D1%86%D0%B5%D0%B2_%D0%AE%D0%B6%D0%BD%D0%BE%D0%B3%D0%BE_%D0%A1%D0%B0%D1%85%D0%B0%D0%BB%D0%B8%D0%BD%D0%B0_%D0%B8_%D0%9A%D1%83%D1%80%D0%B8%D0%BB%D1%8C%D1%81%D0%BA%D0%B8%D1%85_%D0%BE%D1%81%D1%82%D1%80%D0%BE%D0%B2%D0%BE%D0%B2',
		publisher: 'Wikipedia (Russian)',
		kind: 'reference',
		lang: 'ru'
	},
	S147: {
		id: 'S147',
		title: '歯舞村',
		url: 'https://ja.wikipedia.org/wiki/%E6%AD%AF%E8%88%9E%E6%9D%91',
		publisher: 'Wikipedia (Japanese)',
		kind: 'reference',
		lang: 'ja'
	},
	S148: {
		id: 'S148',
		title:
			'Foreign Relations of the United States, 1945, vol. V: Harriman to the Secretary of State, 5 Apr 1945 (the Soviet statement denouncing the Neutrality Pact)',
		url: 'https://history.state.gov/historicaldocuments/frus1945v05/d623',
		publisher: 'Government of the USSR',
		kind: 'primary',
		via: 'U.S. Department of State, Office of the Historian',
		lang: 'en'
	}
} as const satisfies Record<string, Omit<Source, 'id'> & { id: string }>;

/** Every source, by id. The schema (schema.ts) checks that each record's id is its key. */
export const SOURCES: Readonly<Record<SourceId, Source>> = SOURCE_TABLE;

export const SOURCE_IDS = Object.keys(SOURCES) as SourceId[];

export function isSourceId(value: unknown): value is SourceId {
	return typeof value === 'string' && Object.hasOwn(SOURCES, value);
}

/** The address of a source; throws for an id that is not in SOURCES. */
export function sourceUrl(id: string): string {
	if (!isSourceId(id)) throw new Error(`Unknown source id "${id}"`);
	return SOURCES[id].url;
}
