// Every source the project cites: the reference fact sheet's sources table (S…) and the extra
// geodata sources N1–N5. This table is the record of where facts come from; titles and addresses
// are copied as the fact sheet gives them. Renamed ids: "S84-wiki mirrors" is S84w; S90 and S91 each list two addresses, so
// the second one is S90b / S91b. S79–S81 are mentioned by the sheet but listed nowhere, so they are
// absent here. Publisher and language are read from the title and address.
import type { Source, SourceId } from './types.ts';

// Written without the Source type so that its keys stay literal: SourceId is the union of them
// (types.ts), and annotating this object with SourceId would make the type refer to itself.
export const SOURCE_TABLE = {
	S1: {
		id: 'S1',
		title: '北方領土の位置・面積・人口 (hoppou.go.jp; R3 GSI data)',
		url: 'https://www.hoppou.go.jp/archives/basics/islands1.html',
		publisher: 'Cabinet Office of Japan (hoppou.go.jp)',
		lang: 'ja'
	},
	S2: {
		id: 'S2',
		title: '北方領土の位置と面積 (H26 GSI data)',
		url: 'https://www.hoppou.go.jp/gakushu/outline/islands/island1/',
		publisher: 'Cabinet Office of Japan (hoppou.go.jp)',
		lang: 'ja'
	},
	S3: {
		id: 'S3',
		title: '北方領土の姿 (Cabinet Office)',
		url: 'https://www8.cao.go.jp/hoppo/sugata/01.html',
		publisher: 'Cabinet Office of Japan',
		lang: 'ja'
	},
	S4: {
		id: 'S4',
		title: '日本の領土をめぐる情勢 — 北方領土データ (MOFA; R4 GSI; population as of 15 Aug 1945)',
		url: 'https://www.mofa.go.jp/mofaj/erp/rss/hoppo/page1w_000024.html',
		publisher: 'Ministry of Foreign Affairs of Japan',
		lang: 'ja'
	},
	S5: {
		id: 'S5',
		title: '(MOFA English, Northern Territories; no title in excerpt)',
		url: 'https://www.mofa.go.jp/region/europe/russia/territory/index.html',
		publisher: 'Ministry of Foreign Affairs of Japan',
		lang: 'en'
	},
	S6: {
		id: 'S6',
		title: 'Occupation',
		url: 'https://kuril.info/occupation/',
		publisher: 'kuril.info',
		lang: 'en'
	},
	S7: {
		id: 'S7',
		title: 'Iturup (wikimili)',
		url: 'https://wikimili.com/en/Iturup',
		publisher: 'Wikipedia mirror (WikiMili)',
		lang: 'en'
	},
	S8: {
		id: 'S8',
		title: '(Iturup travel page, "Satellite image of the island…")',
		url: 'https://btet.ru/en/flights/puteshestvie-na-kurily-i-ostrov-iturup-obitaemyi-ostrov-iturup-kurilsk',
		publisher: 'travel site (btet.ru)',
		lang: 'en'
	},
	S9: {
		id: 'S9',
		title: 'Iturup (memim)',
		url: 'https://memim.com/iturup.html',
		publisher: 'Wikipedia mirror (memim)',
		lang: 'en'
	},
	S10: {
		id: 'S10',
		title: 'Ітуруп (uk.wikipedia)',
		url: 'https://uk.m.wikipedia.org/wiki/%D0%86%D1%82%D1%83%D1%80%D1%83%D0%BF',
		publisher: 'Ukrainian Wikipedia',
		lang: 'uk'
	},
	S11: {
		id: 'S11',
		title: 'Итуруп (bg.wikipedia)',
		url: 'https://bg.m.wikipedia.org/wiki/%D0%A1%D0%BF%D0%B5%D1%86%D0%B8%D0%B0%D0%BB%D0%BD%D0%B8:MobileLanguages/%D0%98%D1%82%D1%83%D1%80%D1%83%D0%BF',
		publisher: 'Bulgarian Wikipedia',
		lang: 'bg'
	},
	S12: {
		id: 'S12',
		title: 'Kunashir (wiki mirror, 2023-10)',
		url: 'https://wiki.outremer.quest/content/wikipedia_en_all_maxi_2023-10/A/Kunashiri_Island',
		publisher: 'Wikipedia mirror',
		lang: 'en'
	},
	S13: {
		id: 'S13',
		title: 'Kunaschir (de-wiki mirror)',
		url: 'https://wikipedia.jakami.de/content/wikipedia_de_all_mini_2024-06/A/Kunashiri',
		publisher: 'Wikipedia mirror (German)',
		lang: 'de'
	},
	S14: {
		id: 'S14',
		title: 'Kunashir (theinfolist)',
		url: 'https://www.theinfolist.com/html/ALL/s/K/Kunashir.html',
		publisher: 'Wikipedia mirror (theinfolist)',
		lang: 'en'
	},
	S15: {
		id: 'S15',
		title: 'Kunashir Japan. Where is the edge of geography…',
		url: 'https://deliciously.ru/en/visa/kunashir-yaponiya-gde-nahoditsya-krai-geografii-ili-velichie-ostrova-kunashir.html',
		publisher: 'travel site (deliciously.ru)',
		lang: 'en'
	},
	S16: {
		id: 'S16',
		title: 'Shikotan (old en-wiki copy)',
		url: 'https://wikipedia.classicistranieri.com/articles/s/h/i/Shikotan.html',
		publisher: 'Wikipedia mirror',
		lang: 'en'
	},
	S17: {
		id: 'S17',
		title: 'Шикотан (GSE text)',
		url: 'http://vseslova.com.ua/word/%D0%A8%D0%B8%D0%BA%D0%BE%D1%82%D0%B0%D0%BD-122601',
		publisher: 'Great Soviet Encyclopedia text (vseslova)',
		lang: 'ru'
	},
	S18: {
		id: 'S18',
		title: 'Шикотан где. Шикотан — затеянный рай…',
		url: 'https://cafepulsar.ru/shikotan-gde-shikotan---zateyannyi-rai-v-spornom-statuse/',
		publisher: 'blog (cafepulsar.ru)',
		lang: 'ru'
	},
	S19: {
		id: 'S19',
		title: 'Lesser Kuril Chain',
		url: 'https://wikiclassic.com/wiki/Lesser_Kuril_Chain',
		publisher: 'Wikipedia mirror (wikiclassic)',
		lang: 'en'
	},
	S20: {
		id: 'S20',
		title: '色丹村',
		url: 'https://ja-two.iwiki.icu/wiki/%E8%89%B2%E4%B8%B9%E6%9D%91',
		publisher: 'Wikipedia mirror (Japanese)',
		lang: 'ja'
	},
	S21: {
		id: 'S21',
		title: 'Shikotan, Hokkaido',
		url: 'https://hmongwiki.org/wiki/Shikotan,_Hokkaido',
		publisher: 'Wikipedia mirror (hmongwiki)',
		lang: 'en'
	},
	S22: {
		id: 'S22',
		title: 'Grün (Zelyony)',
		url: 'https://perceptiode.com/%D0%97%D0%B5%D0%BB%D1%91%D0%BD%D1%8B%D0%B9_(%D0%9C%D0%B0%D0%BB%D0%B0%D1%8F_%D0%9A%D1%83%D1%80%D0%B8%D0%BB%D1%8C%D1%81%D0%BA%D0%B0%D1%8F_%D0%B3%D1%80%D1%8F%D0%B4%D0%B0)',
		publisher: 'Wikipedia mirror (machine-translated, perceptiode)',
		lang: 'de'
	},
	S23: {
		id: 'S23',
		title: 'Anuchina-Insel',
		url: 'https://perceptiode.com/%D0%90%D0%BD%D1%83%D1%87%D0%B8%D0%BD%D0%B0_(%D0%BE%D1%81%D1%82%D1%80%D0%BE%D0%B2)',
		publisher: 'Wikipedia mirror (machine-translated, perceptiode)',
		lang: 'de'
	},
	S24: {
		id: 'S24',
		title: 'Tanfiliev Island',
		url: 'https://perceptiosv.com/%D0%9E%D1%81%D1%82%D1%80%D0%BE%D0%B2_%D0%A2%D0%B0%D0%BD%D1%84%D0%B8%D0%BB%D1%8C%D0%B5%D0%B2%D0%B0',
		publisher: 'Wikipedia mirror (machine-translated, perceptiosv)',
		lang: 'sv'
	},
	S25: {
		id: 'S25',
		title: 'Polonsky Island',
		url: 'https://en.wikipedia.org/wiki/Polonsky_Island',
		publisher: 'Wikipedia',
		lang: 'en'
	},
	S26: {
		id: 'S26',
		title: 'Сигнальный (WikiSort)',
		url: 'https://unsorted.wikisort.ru/page/Сигнальный_(остров)',
		publisher: 'Wikipedia mirror (WikiSort)',
		lang: 'ru'
	},
	S27: {
		id: 'S27',
		title: '貝殻島灯台 KAIGARA SHIMA',
		url: 'https://lighthouse-japan.com/hokkaido/kaigarashima/kaigarashima.html',
		publisher: 'lighthouse enthusiast site (lighthouse-japan.com)',
		lang: 'ja'
	},
	S28: {
		id: 'S28',
		title: '❐北方四島の話題 (citysakh.ru 2020/2/26, in Japanese)',
		url: 'https://hoppou.blog/?p=7692',
		publisher: 'blog (hoppou.blog)',
		lang: 'ja'
	},
	S29: {
		id: 'S29',
		title: '北海道【北方領土】',
		url: 'http://www5a.biglobe.ne.jp/~iwanee/hokkaido-hopporyodo.htm',
		publisher: 'personal website (biglobe)',
		lang: 'ja'
	},
	S30: {
		id: 'S30',
		title: '北方領土に5郡6村があるのをご存知?',
		url: 'https://pucchi.net/hokkaido/hoppou/hoppou_vill6.php',
		publisher: 'personal website (pucchi.net)',
		lang: 'ja'
	},
	S31: {
		id: 'S31',
		title: '留別村 (ja.wikipedia)',
		url: 'https://ja.m.wikipedia.org/wiki/%E7%89%B9%E5%88%A5:%E6%90%BA%E5%B8%AF%E6%A9%9F%E5%99%A8%E8%A8%80%E8%AA%9E/%E7%95%99%E5%88%A5%E6%9D%91',
		publisher: 'Japanese Wikipedia',
		lang: 'ja'
	},
	S32: {
		id: 'S32',
		title: '泊村 (北海道根室振興局)',
		url: 'https://ja.m.wikipedia.org/wiki/%E7%89%B9%E5%88%A5:%E6%90%BA%E5%B8%AF%E6%A9%9F%E5%99%A8%E8%A8%80%E8%AA%9E/%E6%B3%8A%E6%9D%91_(%E5%8C%97%E6%B5%B7%E9%81%93%E6%A0%B9%E5%AE%A4%E6%8C%AF%E8%88%88%E5%B1%80)',
		publisher: 'Japanese Wikipedia',
		lang: 'ja'
	},
	S33: {
		id: 'S33',
		title: 'Южно-Курильск (ruwiki)',
		url: 'https://ru.ruwiki.ru/wiki/%D0%AE%D0%B6%D0%BD%D0%BE-%D0%9A%D1%83%D1%80%D0%B8%D0%BB%D1%8C%D1%81%D0%BA',
		publisher: 'Ruwiki',
		lang: 'ru'
	},
	S34: {
		id: 'S34',
		title: 'Южно-Курильский район',
		url: 'https://xn--h1ajim.xn--p1ai/%D0%AE%D0%B6%D0%BD%D0%BE-%D0%9A%D1%83%D1%80%D0%B8%D0%BB%D1%8C%D1%81%D0%BA%D0%B8%D0%B9_%D0%B3%D0%BE%D1%80%D0%BE%D0%B4%D1%81%D0%BA%D0%BE%D0%B9_%D0%BE%D0%BA%D1%80%D1%83%D0%B3',
		publisher: 'wiki site (руни.рф)',
		lang: 'ru'
	},
	S35: {
		id: 'S35',
		title: '(南クリル地区 78周年; kurilnews.ru 2024/6/5)',
		url: 'https://hoppou.blog/20240609-1717888690',
		publisher: 'blog (hoppou.blog)',
		lang: 'ja'
	},
	S36: {
		id: 'S36',
		title: 'Курильский район (ru.wikipedia)',
		url: 'https://ru.m.wikipedia.org/wiki/%D0%9A%D1%83%D1%80%D0%B8%D0%BB%D1%8C%D1%81%D0%BA%D0%B8%D0%B9_%D1%80%D0%B0%D0%B9%D0%BE%D0%BD_%D0%A1%D0%B0%D1%85%D0%B0%D0%BB%D0%B8%D0%BD%D1%81%D0%BA%D0%BE%D0%B9_%D0%BE%D0%B1%D0%BB%D0%B0%D1%81%D1%82%D0%B8',
		publisher: 'Russian Wikipedia',
		lang: 'ru'
	},
	S37: {
		id: 'S37',
		title: 'Kurilsk (hubbry)',
		url: 'https://www.hubbry.com/Kurilsk',
		publisher: 'Wikipedia mirror (Hubbry)',
		lang: 'en'
	},
	S38: {
		id: 'S38',
		title: 'Malokurilskoje',
		url: 'https://perceptiode.com/Малокурильское',
		publisher: 'Wikipedia mirror (machine-translated, perceptiode)',
		lang: 'de'
	},
	S39: {
		id: 'S39',
		title: '北方四島の面積と人口 (資料: 東京新聞 2016-10-31)',
		url: 'https://honkawa2.sakura.ne.jp/7230a.html',
		publisher: 'statistics website (honkawa2), citing Tokyo Shimbun',
		lang: 'ja'
	},
	S40: {
		id: 'S40',
		title: 'もっと知りたい北方領土(2)',
		url: 'https://news.yahoo.co.jp/articles/a151d74eb4bee02948e67b84fef95ea7a307e06b?page=2',
		publisher: 'Yahoo! News Japan',
		lang: 'ja'
	},
	S41: {
		id: 'S41',
		title: '爺爺岳',
		url: 'https://defzone.net/wiki/ja/爺爺岳',
		publisher: 'Wikipedia mirror (defzone)',
		lang: 'ja'
	},
	S42: {
		id: 'S42',
		title: '(yamareco diary, quoting Mainichi 2014-08-12)',
		url: 'https://www.yamareco.com/modules/diary/826-detail-78301',
		publisher: 'hiking diary (Yamareco), quoting Mainichi Shimbun',
		lang: 'ja'
	},
	S43: {
		id: 'S43',
		title: '単冠山 ひとかっぷやま (kotobank)',
		url: 'https://kotobank.jp/word/%E5%8D%98%E5%86%A0%E5%B1%B1-1047649',
		publisher: 'Kotobank',
		lang: 'ja'
	},
	S44: {
		id: 'S44',
		title: 'Nemuro Strait',
		url: 'https://en.wikipedia.org/wiki/Nemuro_Strait',
		publisher: 'Wikipedia',
		lang: 'en'
	},
	S45: {
		id: 'S45',
		title: 'Ekaterina Strait (GSE)',
		url: 'http://ed.newdu.com/k318965.html',
		publisher: 'Great Soviet Encyclopedia (English translation)',
		lang: 'en'
	},
	S46: {
		id: 'S46',
		title: 'Straße von Catherine',
		url: 'https://perceptiode.com/%D0%9F%D1%80%D0%BE%D0%BB%D0%B8%D0%B2_%D0%95%D0%BA%D0%B0%D1%82%D0%B5%D1%80%D0%B8%D0%BD%D1%8B',
		publisher: 'Wikipedia mirror (machine-translated, perceptiode)',
		lang: 'de'
	},
	S47: {
		id: 'S47',
		title: 'Strait of Vries',
		url: 'https://no.frwiki.wiki/wiki/D%C3%A9troit_de_Vries',
		publisher: 'Wikipedia mirror (machine-translated, frwiki.wiki)',
		lang: 'no'
	},
	S48: {
		id: 'S48',
		title: '弗里斯海峽',
		url: 'https://wiki.fkgfw.men/wiki/%E5%BC%97%E9%87%8C%E6%96%AF%E6%B5%B7%E5%B3%BD',
		publisher: 'Wikipedia mirror',
		lang: 'zh'
	},
	S49: {
		id: 'S49',
		title: 'Treaty of Saint Petersburg (1875)',
		url: 'https://en.wikipedia.org/wiki/Treaty_of_Saint_Petersburg_(1875)',
		publisher: 'Wikipedia',
		lang: 'en'
	},
	S50: {
		id: 'S50',
		title: 'Addendum The Northern Territories from the Perspective of International Law (Nakatani)',
		url: 'https://www.cas.go.jp/jp/ryodo_eg/kenkyu/senkaku/chapter01_column_01_sup1.html',
		publisher: 'Cabinet Secretariat of Japan',
		lang: 'en'
	},
	S51: {
		id: 'S51',
		title: 'Saint Petersburg Agreement',
		url: 'https://kgwcommunitygarden.com/2021/04/12/saint-petersburg-agreement/',
		publisher: 'blog',
		lang: 'en'
	},
	S52: {
		id: 'S52',
		title:
			'Papers Relating to the Foreign Relations of the United States… (Ambassador Meyer, Dec 13 1905)',
		url: 'https://history.state.gov/historicaldocuments/frus1905/d915',
		publisher: 'U.S. Department of State, Office of the Historian',
		lang: 'en'
	},
	S53: {
		id: 'S53',
		title: 'ポーツマス条約(抜粋)',
		url: 'http://karafuto.ie-t.net/s-105.html',
		publisher: 'personal website (karafuto.ie-t.net)',
		lang: 'ja'
	},
	S54: {
		id: 'S54',
		title: 'TREATY OF PEACE WITH JAPAN',
		url: 'http://vcn.bc.ca/alpha/sfpt/SanFranciscoPeaceTreaty1951.htm',
		publisher: 'Vancouver Community Network (treaty text)',
		lang: 'en'
	},
	S55: {
		id: 'S55',
		title: '5. Scope of "the Kurile Islands" … Article 2(c)',
		url: 'https://www.cas.go.jp/jp/ryodo_eg/kenkyu/senkaku/chapter01_column_01_sup2.html',
		publisher: 'Cabinet Secretariat of Japan',
		lang: 'en'
	},
	S56: {
		id: 'S56',
		title: 'Soviet–Japanese Joint Declaration of 1956 (wiki mirror 2020-08)',
		url: 'https://a.osmarks.net/content/wikipedia_en_all_maxi_2020-08/A/Soviet%E2%80%93Japanese_Joint_Declaration_of_1956',
		publisher: 'Wikipedia mirror (osmarks)',
		lang: 'en'
	},
	S57: {
		id: 'S57',
		title: 'Russian-Japanese peace treaty to be continued (oreanda)',
		url: 'https://www.oreanda.ru/en/gosudarstvo/politic1/russian-japanese-peace-treaty-to-be-continued/article1250752/',
		publisher: 'Oreanda',
		lang: 'en'
	},
	S58: {
		id: 'S58',
		title: 'Tokyo Declaration on Japan-Russia Relations ("The World and Japan" DB)',
		url: 'http://www.ioc.u-tokyo.ac.jp/%7Eworldjpn/documents/texts/docs/19931013.D1E.html',
		publisher: '"The World and Japan" database (University of Tokyo)',
		lang: 'en'
	},
	S59: {
		id: 'S59',
		title: 'Japan-Russia Summit Meeting in Irkutsk (Outline) 25 March 2001',
		url: 'https://www.mofa.go.jp/region/europe/russia/pmv0103/summit.html',
		publisher: 'Ministry of Foreign Affairs of Japan',
		lang: 'en'
	},
	S60: {
		id: 'S60',
		title:
			'Abe, Putin Discuss Joint Activities on Disputed Isles under Special Framework (Jiji, Dec 15)',
		url: 'http://www.oananews.org/content/news/politics/abe-putin-discuss-joint-activities-disputed-isles-under-special-framework',
		publisher: 'OANA (Jiji Press)',
		lang: 'en'
	},
	S61: {
		id: 'S61',
		title: 'Abe, Putin hold day two of summit with little to show on island dispute',
		url: 'http://www.straitstimes.com/asia/east-asia/abe-putin-hold-day-two-of-summit-with-little-to-show-on-island-dispute',
		publisher: 'The Straits Times',
		lang: 'en'
	},
	S62: {
		id: 'S62',
		title: 'Abe, Putin Agree to Accelerate Peace Treaty Talks (Nov 15, 2018)',
		url: 'https://manila-stv.ph/japan_news/abe-putin-agree-to-accelerate-peace-treaty-talks.html',
		publisher: 'news site (manila-stv.ph)',
		lang: 'en'
	},
	S63: {
		id: 'S63',
		title: 'Japanese PM says will visit Russia in early 2019 (TASS, Nov 14)',
		url: 'http://tass.com/world/1030846',
		publisher: 'TASS',
		lang: 'en'
	},
	S64: {
		id: 'S64',
		title: 'Japan sticks to its position on Kurils in light of constitutional amendment in Russia',
		url: 'https://tass.com/world/1173803',
		publisher: 'TASS',
		lang: 'en'
	},
	S65: {
		id: 'S65',
		title: '(kxan36news: Pushkov on Art. 67)',
		url: 'https://kxan36news.com/is-that-your-final-answer-the-gun-on-the-transfer-of-the-kuril-islands',
		publisher: 'news site (kxan36news)',
		lang: 'en'
	},
	S65b: {
		id: 'S65b',
		title: '(kxan36news: Asazuma on the "except for boundary demarcation" wording)',
		url: 'https://www.kxan36news.com/disclosed-the-fate-of-the-kuril-islands-after-the-constitutional-changes',
		publisher: 'news site (kxan36news)',
		lang: 'en'
	},
	S66: {
		id: 'S66',
		title: '(Japan Today, date 2022-03-21) Russia to halt peace treaty talks…',
		url: 'https://japantoday.com/category/politics/update2-russia-to-halt-peace-treaty-talks-with-japan-over-sanctions',
		publisher: 'Japan Today',
		lang: 'en'
	},
	S67: {
		id: 'S67',
		title: "Putin's win raises Japan's hopes for progress on island row",
		url: 'https://asia.nikkei.com/Politics/International-relations/Putin-s-win-raises-Japan-s-hopes-for-progress-on-island-row',
		publisher: 'Nikkei Asian Review',
		lang: 'en'
	},
	S68: {
		id: 'S68',
		title: '(Global Times, date 2018-03-19)',
		url: 'http://www.globaltimes.cn/content/1094158.shtml',
		publisher: 'Global Times',
		lang: 'en'
	},
	S69: {
		id: 'S69',
		title: "Prime Minister Abe welcomes Putin's reelection",
		url: 'https://jmh.usembassy.gov/20180320101989/',
		publisher: 'U.S. Embassy in Japan (Japan media highlights)',
		lang: 'en'
	},
	S70: {
		id: 'S70',
		title: 'Abe, Putin to continue bilateral cooperation (NHK, Mar 20)',
		url: 'http://www.newsonjapan.com/html/newsdesk/article/122477.php',
		publisher: 'News On Japan (NHK report)',
		lang: 'en'
	},
	S71: {
		id: 'S71',
		title: 'Japan gets an Aegis Ashore land-based missile defense system (quotes TASS 28 Dec 2017)',
		url: 'https://welovecarbondioxide.wordpress.com/2017/12/30/japan-gets-an-aegis-ashore-land-based-missile-defense-system/',
		publisher: 'blog',
		lang: 'en'
	},
	S72: {
		id: 'S72',
		title: '(LRT, date 2023-03-02) Japan hopes for new perestroika in Russia…',
		url: 'https://www.lrt.lt/en/news-in-english/19/1925449/japan-hopes-for-new-perestroika-in-russia-as-war-in-ukraine-stalls-negotiations-over-occupied-islands',
		publisher: 'LRT (Lithuanian public broadcaster)',
		lang: 'en'
	},
	S73: {
		id: 'S73',
		title: "Russia, Japan Sign Statement on Peace Treaty (People's Daily, 25 Mar 2001)",
		url: 'http://english.people.com.cn/english/200103/25/eng20010325_65954.html',
		publisher: "People's Daily",
		lang: 'en'
	},
	S74: {
		id: 'S74',
		title: 'Japan hopes Putin win will help resolve dispute (Japan Times 2012-03-06)',
		url: 'https://www.japantimes.co.jp/news/2012/03/06/news/japan-hopes-putin-win-will-help-resolve-dispute/',
		publisher: 'The Japan Times',
		lang: 'en'
	},
	S75: {
		id: 'S75',
		title: '(Japan Times 2000-09-05, visa-free groups back)',
		url: 'https://www.japantimes.co.jp/news/2000/09/05/national/groups-back-after-trips-to-disputed-north-isles/',
		publisher: 'The Japan Times',
		lang: 'en'
	},
	S76: {
		id: 'S76',
		title: 'Курильск — Kurilsk',
		url: 'https://wikijaa.ru/wiki/Kurilsk',
		publisher: 'wiki site (wikijaa.ru)',
		lang: 'ru'
	},
	S77: {
		id: 'S77',
		title: 'Kurilien saaret',
		url: 'https://perceptiofi.com/%D0%A2%D0%B8%D1%81%D0%B8%D0%BC%D0%B0',
		publisher: 'Wikipedia mirror (machine-translated, perceptiofi)',
		lang: 'fi'
	},
	S78: {
		id: 'S78',
		title: '(kamiie blog, 択捉島 2010)',
		url: 'https://kamiie.blog.shinobi.jp/%E3%80%80%E3%80%80%E3%80%80%E9%87%A7%E8%B7%AF%E3%83%BB%E6%A0%B9%E5%AE%A4/%E6%8A%9E%E6%8D%89%E5%B3%B6%EF%BC%88%E3%81%88%E3%81%A8%E3%82%8D%E3%81%B5%E3%81%A8%E3%81%86%EF%BC%892',
		publisher: 'blog',
		lang: 'ja'
	},
	'S78-blog': {
		id: 'S78-blog',
		title: 'Iturup is largest island of Kuril archipelago (3,200 km²)',
		url: 'https://www.ritebook.in/2021/02/iturup-is-largest-island-of-kuril-archipelago.html',
		publisher: 'blog (ritebook.in)',
		lang: 'en'
	},
	S82: {
		id: 'S82',
		title: '(Sputnik Brasil 2016-11-25, Bastion/Bal)',
		url: 'https://noticiabrasil.net.br/20161125/japao-protesto-sistema-de-misseis-russo-curilas-6946015.html',
		publisher: 'Sputnik Brasil',
		lang: 'pt'
	},
	S83: {
		id: 'S83',
		title: 'Russia leader visits disputed isle, Tokyo protests',
		url: 'https://www.jpost.com/breaking-news/russia-leader-visits-disputed-isle-tokyo-protests',
		publisher: 'The Jerusalem Post',
		lang: 'en'
	},
	S84: {
		id: 'S84',
		title: 'Kuril Islands dispute (liquisearch)',
		url: 'https://liquisearch.com/kuril_islands_dispute',
		publisher: 'Wikipedia mirror (LiquiSearch)',
		lang: 'en'
	},
	S84w: {
		id: 'S84w',
		title: 'Kuril Islands (osmarks mirror)',
		url: 'https://a.osmarks.net/content/wikipedia_en_all_maxi_2020-08/A/Kuril_Islands',
		publisher: 'Wikipedia mirror (osmarks)',
		lang: 'en'
	},
	S85: {
		id: 'S85',
		title: 'Habomai saared (et-wiki 2007 dump)',
		url: 'https://dumps.wikimedia.your.org/other/static_html_dumps/September_2007/et/wikipedia-et-html.7z',
		publisher: 'Estonian Wikipedia (2007 static dump)',
		lang: 'et'
	},
	S86: {
		id: 'S86',
		title: '【第40山】爺爺岳(チャチャヌプリ) 1,822m',
		url: 'http://www.siju.or.jp/archives/2499',
		publisher: 'mountaineering website (siju.or.jp)',
		lang: 'ja'
	},
	S87: {
		id: 'S87',
		title: 'Goryachiye Klyuchi',
		url: 'https://perceptiocs.com/%D0%93%D0%BE%D1%80%D1%8F%D1%87%D0%B8%D0%B5_%D0%9A%D0%BB%D1%8E%D1%87%D0%B8_%28%D0%9A%D1%83%D1%80%D0%B8%D0%BB%D1%8C%D1%81%D0%BA%D0%B8%D0%B9_%D0%B3%D0%BE%D1%80%D0%BE%D0%B4%D1%81%D0%BA%D0%BE%D0%B9_%D0%BE%D0%BA%D1%80%D1%83%D0%B3%29',
		publisher: 'Wikipedia mirror (machine-translated, perceptiocs)',
		lang: 'cs'
	},
	S88: {
		id: 'S88',
		title: 'Govt Eyes Air Travel to Aid Visits to Northern Territories',
		url: 'http://jp-gate.com/u/business/rt3wzhwxtjkpm9',
		publisher: 'news site (jp-gate.com)',
		lang: 'en'
	},
	S89: {
		id: 'S89',
		title: '北方領土ってどこにあるの?「位置と面積」',
		url: 'http://www.hoppou.go.jp/gakushu/kids/naruhodo/manga1/index.html',
		publisher: 'Cabinet Office of Japan (hoppou.go.jp)',
		lang: 'ja'
	},
	S90: {
		id: 'S90',
		title: '(freepen.gr: 7 Feb Northern Territories Day)',
		url: 'https://freepen.gr/2023/02/blog-post_836.html',
		publisher: 'blog (freepen.gr)',
		lang: 'el'
	},
	S90b: {
		id: 'S90b',
		title:
			"On Tokyo's Approach To Concluding A Peace Treaty With Russia (II) (orientalreview, 19 Oct 1956 Hatoyama–Bulganin; 2020 Art. 67)",
		url: 'https://orientalreview.su/2025/12/24/on-tokyos-approach-to-concluding-a-peace-ttreaty-with-russia-ii',
		publisher: 'Oriental Review',
		lang: 'en'
	},
	S91: {
		id: 'S91',
		title: 'The Peace of Portsmouth, September 5, 1905 (AJIL)',
		url: 'https://www.scribd.com/document/87071331/2212335-Tratatul-de-Pace-de-La-Ports-Mouth-Din-1905',
		publisher: 'Scribd (uploaded AJIL article)',
		lang: 'en'
	},
	S91b: {
		id: 'S91b',
		title: 'Art. IX text',
		url: 'https://books.google.com.tw/books?id=-EMMAAAAYAAJ&pg=PA528&dq=editions:ISBN0873327489&hl=zh-TW&output=html_text&source=gbs_toc_r&cad=4',
		publisher: 'Google Books',
		lang: 'en'
	},
	S92: {
		id: 'S92',
		title: 'Habomai archipelago and shikotan island. Kurile Islands. Dossier',
		url: 'https://shimanovskadm.ru/en/cruises/arhipelag-habomai-i-ostrov-shikotan-kurilskie-ostrova-dose.html',
		publisher: 'website (shimanovskadm.ru)',
		lang: 'en'
	},
	S93: {
		id: 'S93',
		title: '(Japan Times 2022-09-05, Shumshu)',
		url: 'https://www.japantimes.co.jp/news/2022/09/05/national/fukushima-soldier-soviet-union-detention/',
		publisher: 'The Japan Times',
		lang: 'en'
	},
	S94: {
		id: 'S94',
		title: 'Iturup is largest island… (landing 28 Aug 1945)',
		url: 'https://www.ritebook.in/2021/02/iturup-is-largest-island-of-kuril-archipelago.html',
		publisher: 'blog (ritebook.in)',
		lang: 'en'
	},
	S95: {
		id: 'S95',
		title: 'Kunashir Island (absoluteastronomy)',
		url: 'http://image.absoluteastronomy.com/topics/Kunashir_Island',
		publisher: 'Wikipedia mirror (absoluteastronomy)',
		lang: 'en'
	},
	S96: {
		id: 'S96',
		title: 'The Four Northern Islands and the San Francisco Peace Treaty (SPF)',
		url: 'https://www.spf.org/islandstudies/research/a00022r.html',
		publisher: 'Sasakawa Peace Foundation',
		lang: 'en'
	},
	S97: {
		id: 'S97',
		title:
			'What is the Treaty of San Francisco? (49 signatories; USSR, Poland, Czechoslovakia refused)',
		url: 'http://ysznh.com/Personalitysignature/idshdgvuwg.html',
		publisher: 'website (ysznh.com)',
		lang: 'en'
	},
	S98: {
		id: 'S98',
		title: 'NO LAW INTERNATIONAL, NO COMMON SENSE (Rusakov)',
		url: 'https://elib.jp/m/articles/view/NO-LAW-INTERNATIONAL-NO-COMMON-SENSE',
		publisher: 'digital library (elib.jp)',
		lang: 'en'
	},
	S99: {
		id: 'S99',
		title: '(Japan Times 2000-07-31 commentary) Japan-Russia exchanges build vital trust',
		url: 'https://japantimes.co.jp/opinion/2000/07/31/commentary/world-commentary/japan-russia-exchanges-build-vital-trust',
		publisher: 'The Japan Times',
		lang: 'en'
	},
	S100: {
		id: 'S100',
		title: "Kuril Islands' citizens arrive in Japan for visa-free trip (TASS)",
		url: 'https://tass.com/society/1059636',
		publisher: 'TASS',
		lang: 'en'
	},
	S101: {
		id: 'S101',
		title: '(Kremlin transcript, Sept 2000 Mori–Putin)',
		url: 'http://en.kremlin.ru/events/president/transcripts/21561',
		publisher: 'Kremlin',
		lang: 'en'
	},
	S102: {
		id: 'S102',
		title: 'Japan open to return of two disputed isles (Japan Times 2 Oct 2000, archived)',
		url: 'http://www.hartford-hwp.com/archives/55a/441.html',
		publisher: 'archive (hartford-hwp.com), Japan Times article',
		lang: 'en'
	},
	S103: {
		id: 'S103',
		title: '(newskeeper.ro, 2010-11-01)',
		url: 'https://newskeeper.ro/articol?data=2010-11-01&id=55CFEBB05416EA0923A6AED225D46BEE',
		publisher: 'news site (newskeeper.ro)',
		lang: 'ro'
	},
	S104: {
		id: 'S104',
		title: 'Gist of PM Abe\'s remarks… Nov. 10 ("Nagato Agreement (signed last December)")',
		url: 'https://jmh.usembassy.gov/2017111394986/',
		publisher: 'U.S. Embassy in Japan (Japan media highlights)',
		lang: 'en'
	},
	S105: {
		id: 'S105',
		title: 'Abe, Putin agree to speed treaty talks (inkl)',
		url: 'https://www.inkl.com/news/abe-putin-agree-to-speed-treaty-talks',
		publisher: 'inkl (news aggregator)',
		lang: 'en'
	},
	S106: {
		id: 'S106',
		title: '(UrduPoint 2020-06-19: Constitutional Court approval 16 Mar; vote 1 Jul)',
		url: 'https://www.urdupoint.com/en/world/japan-following-with-interest-vote-on-amendme-951919.html',
		publisher: 'UrduPoint',
		lang: 'en'
	},
	S107: {
		id: 'S107',
		title: 'Moscow Says It Is Supending Peace Treaty Talks With Japan',
		url: 'http://japanbullet.com/news/moscow-says-it-is-supending-peace-treaty-talks-with-japan',
		publisher: 'news site (japanbullet.com)',
		lang: 'en'
	},
	S108: {
		id: 'S108',
		title:
			'Russia halts Kuril Islands treaty talks with Japan over sanctions ("March 21, 2022 7:38 pm")',
		url: 'https://kyivindependent.com/uncategorized/russia-halts-kuril-islands-treaty-talks-with-japan-over-sanctions',
		publisher: 'The Kyiv Independent',
		lang: 'en'
	},
	S109: {
		id: 'S109',
		title: 'Iturup (EPFL Graph Search concept page)',
		url: 'https://graphsearch.epfl.ch/en/concept/907574',
		publisher: 'EPFL Graph Search',
		lang: 'en'
	},
	N1: {
		id: 'N1',
		title: '納沙布岬 (ja-Wikipedia mirror; 43.385056, 145.816278)',
		url: 'http://mobile.seisyun.net/wgate/%E7%B4%8D%E6%B2%99%E5%B8%83%E5%B2%AC/p8',
		publisher: 'Wikipedia mirror (Japanese)',
		lang: 'ja'
	},
	N2: {
		id: 'N2',
		title:
			'日本の本土最東端、納沙布岬へ行く (monument plate 43°23′07″N 145°49′01″E; lighthouse 145°49′16″E)',
		url: 'https://lifelog.heplib.com/archives/46134',
		publisher: 'blog (heplib.com)',
		lang: 'ja'
	},
	N3: {
		id: 'N3',
		title: '●ユルリ島(ゆるりとう) (1.97 km²; also Moyururi 0.3 km²)',
		url: 'https://nihonshima.net/sima/hokkaido/yururi.html',
		publisher: 'island guide website (nihonshima.net)',
		lang: 'ja'
	},
	N4: {
		id: 'N4',
		title: 'ユルリ島【ゆるりとう】 (角川日本地名大辞典; 2.1 km²)',
		url: 'https://jlogos.com/ausp/word.html?id=7009364',
		publisher: 'JLogos (Kadokawa Nihon Chimei Daijiten)',
		lang: 'ja'
	},
	N5: {
		id: 'N5',
		title: 'モユルリ島 (0.3 km²; 43°13′37″N 145°36′21″E)',
		url: 'https://wpedia.goo.ne.jp/wiki/%E3%83%A2%E3%83%A6%E3%83%AB%E3%83%AA%E5%B3%B6',
		publisher: 'Wikipedia mirror (goo)',
		lang: 'ja'
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
