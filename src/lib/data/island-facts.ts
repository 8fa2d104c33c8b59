// Figures for the island panel. Every number carries the ids of the sources that give it (see
// sources.ts) and a label naming who produced it ("Japan's GSI", "Rosstat"): no side's figure is
// called official as if the other had none. Where sources disagree, every figure is listed and
// `disagreement` says how. schema.ts checks the invariants (known ids, reference area,
// disagreements). docs/neutrality-audit.md lists the figures removed with their weak sources.
// GSI survey years: R3 = Reiwa 3 = 2021, R4 = 2022, H26 = Heisei 26 = 2014.
import type { IslandId, SourceId } from './types.ts';

export interface Figure {
	value: number;
	unit: 'km2' | 'km' | 'm' | 'people';
	/** Who produced the figure and what it counts, as shown to a reader: 'Japan’s GSI, main island only', 'Rosstat estimate for Kurilsky District', ... */
	label: string;
	/** Year or date the figure refers to, ISO-ish: '2021', '2010', '1945-08-15'. Omit when unknown. */
	asOf?: string;
	sources: SourceId[]; // at least one
}

export interface Disputed<T> {
	figures: T[];
	/** Present when sources disagree: one neutral sentence saying how and by how much. */
	disagreement?: string;
}

export interface NamedHeight extends Figure {
	unit: 'm';
	/** Name as the source gives it, e.g. 'Stokap (Стокап)' or '西単冠山 Nishi-Hitokappu-yama'. */
	peak: string;
}

export interface IslandFacts {
	id: IslandId;
	/** Japan's GSI area first (the figure the computed area is compared with), then other figures. */
	area: Disputed<Figure>;
	/** Japan's GSI figure, the reference the computed geodata area is compared against. Must equal one of area.figures (value and sources). */
	referenceArea: Figure;
	population: { current: Disputed<Figure>; japanese1945: Disputed<Figure> };
	russianAdministration: {
		oblast: string;
		district: string;
		districtNative: string;
		seat?: string;
		sources: SourceId[];
	};
	japaneseCount: {
		prefecture: string;
		subprefecture: string;
		/** pre-war villages, or for Habomai: Nemuro City and the pre-war Habomai village */
		municipalities: { name: string; native: string; note?: string }[];
		sources: SourceId[];
	};
	/** Distance from Hokkaido: for each island Japan's figure (from Cape Nosappu or the Notsuke peninsula, as the sources say), and others */
	distanceFromHokkaido: Disputed<Figure & { from: string; to: string }>;
	highestPoint: Disputed<NamedHeight>;
	/** Length of the island, where sources give it */
	length?: Disputed<Figure>;
}

const JAPANESE_1945_LABEL =
	'Japanese residents on 15 Aug 1945 (Chishima-Habomai Residents League, via Japan’s Foreign Ministry)';
const NEMURO_SUBPREFECTURE = 'Nemuro Subprefecture (now Nemuro Promotion Bureau, 根室振興局)';
const YUZHNO_KURILSKY_2024: Figure = {
	value: 11480,
	unit: 'people',
	label:
		'Rosstat estimate for Yuzhno-Kurilsky District, which takes in Kunashir, Shikotan and the Habomai islets (via Russian Wikipedia)',
	asOf: '2024-01-01',
	sources: ['S34']
};

const ITURUP_AREA_GSI: Figure = {
	value: 3166.6,
	unit: 'km2',
	label: 'Japan’s GSI (R3), via the Cabinet Office',
	asOf: '2021',
	sources: ['S1']
};
const KUNASHIR_AREA_GSI: Figure = {
	value: 1489.3,
	unit: 'km2',
	label: 'Japan’s GSI (R3), via the Cabinet Office',
	asOf: '2021',
	sources: ['S1']
};
const SHIKOTAN_AREA_GSI: Figure = {
	value: 247.7,
	unit: 'km2',
	label: 'Japan’s GSI (R3), via the Cabinet Office',
	asOf: '2021',
	sources: ['S1']
};
const HABOMAI_AREA_GSI: Figure = {
	value: 95,
	unit: 'km2',
	label: 'Japan’s GSI (R4), group total, via the Foreign Ministry',
	asOf: '2022',
	sources: ['S4']
};

export const ISLAND_FACTS: Record<IslandId, IslandFacts> = {
	iturup: {
		id: 'iturup',
		area: {
			figures: [
				ITURUP_AREA_GSI,
				{
					value: 3168,
					unit: 'km2',
					label: 'Japan’s GSI (R4), including islets, via the Foreign Ministry',
					asOf: '2022',
					sources: ['S4']
				},
				{
					value: 3167,
					unit: 'km2',
					label: 'Japan’s GSI (R4), main island only, via the Foreign Ministry',
					asOf: '2022',
					sources: ['S4']
				},
				{
					value: 3166.64,
					unit: 'km2',
					label: 'Ukrainian Wikipedia, citing Japan’s GSI',
					sources: ['S10']
				},
				{ value: 3139, unit: 'km2', label: 'English Wikipedia', sources: ['S7'] }
			],
			disagreement:
				'Japan’s GSI gives 3,166.6 km² (2021) and 3,167–3,168 km² (2022, without and with islets); English Wikipedia gives 3,139 km², about 1% less.'
		},
		referenceArea: ITURUP_AREA_GSI,
		population: {
			current: {
				figures: [
					{
						value: 6916,
						unit: 'people',
						label:
							'Rosstat estimate for Kurilsky District, which also takes in uninhabited Urup and smaller islands (via Russian Wikipedia)',
						asOf: '2023',
						sources: ['S36']
					},
					{
						value: 6799,
						unit: 'people',
						label: 'Ukrainian Wikipedia',
						asOf: '2021',
						sources: ['S10']
					},
					{
						value: 7500,
						unit: 'people',
						label: 'English Wikipedia, approximate',
						asOf: '2003',
						sources: ['S7']
					}
				]
			},
			japanese1945: {
				figures: [
					{
						value: 3608,
						unit: 'people',
						label: JAPANESE_1945_LABEL,
						asOf: '1945-08-15',
						sources: ['S4']
					}
				]
			}
		},
		russianAdministration: {
			oblast: 'Sakhalin Oblast',
			district: 'Kurilsky District',
			districtNative: 'Курильский район',
			seat: 'Kurilsk',
			sources: ['S36']
		},
		japaneseCount: {
			prefecture: 'Hokkaido',
			subprefecture: NEMURO_SUBPREFECTURE,
			municipalities: [
				{
					name: 'Rubetsu',
					native: '留別村',
					note: 'Etorofu District (択捉郡), south-west half; 1,442.82 km², 2,814 people in the 1940 census'
				},
				{ name: 'Shana', native: '紗那村', note: 'Shana District (紗那郡), centre' },
				{ name: 'Shibetoro', native: '蘂取村', note: 'Shibetoro District (蘂取郡), north-east' }
			],
			sources: ['S4', 'S31']
		},
		distanceFromHokkaido: {
			figures: [
				{
					value: 144.5,
					unit: 'km',
					label: 'Japan’s Cabinet Office',
					from: 'Cape Nosappu',
					to: 'Iturup (Etorofu)',
					sources: ['S1', 'S89']
				}
			]
		},
		highestPoint: {
			figures: [
				{
					value: 1629,
					unit: 'm',
					peak: '西単冠山 Nishi-Hitokappu-yama',
					label: 'Japan’s GSI, corrected in 2014 (Mainichi Shimbun)',
					asOf: '2014',
					sources: ['S133']
				},
				{
					value: 1634,
					unit: 'm',
					peak: 'Stokap (Стокап)',
					label: 'English Wikipedia',
					sources: ['S7']
				},
				{
					value: 1566,
					unit: 'm',
					peak: '西単冠山 Nishi-Hitokappu-yama',
					label:
						'Kodansha’s gazetteer via Kotobank (identifies 単冠山 Hitokappu-yama with the Russian “Stokap”)',
					sources: ['S43']
				}
			],
			disagreement:
				'Japan’s GSI gives 1,629 m for Nishi-Hitokappu-yama (since 2014), English Wikipedia 1,634 m for Stokap and Kodansha’s gazetteer 1,566 m for Nishi-Hitokappu-yama; the sources may not all mean the same summit. Before 2014 the GSI counted Chirippu-yama (1,587 m, now 1,582 m) as the highest.'
		},
		length: {
			figures: [
				{ value: 204, unit: 'km', label: 'Japan’s Cabinet Office', sources: ['S1', 'S3'] },
				{ value: 200, unit: 'km', label: 'English Wikipedia', sources: ['S7'] }
			],
			disagreement: 'Japan’s Cabinet Office gives 204 km and English Wikipedia 200 km.'
		}
	},

	kunashir: {
		id: 'kunashir',
		area: {
			figures: [
				KUNASHIR_AREA_GSI,
				{
					value: 1490,
					unit: 'km2',
					label: 'Japan’s GSI (R4), including islets, via the Foreign Ministry',
					asOf: '2022',
					sources: ['S4']
				},
				{
					value: 1489,
					unit: 'km2',
					label: 'Japan’s GSI (R4), main island only, via the Foreign Ministry',
					asOf: '2022',
					sources: ['S4']
				},
				{ value: 1490, unit: 'km2', label: 'English Wikipedia', sources: ['S12'] },
				{ value: 1489.27, unit: 'km2', label: 'German Wikipedia', sources: ['S13'] }
			],
			disagreement:
				'All figures lie between 1,489 km² and 1,490 km²; the differences of under 1 km² come from rounding and from whether small islets are counted.'
		},
		referenceArea: KUNASHIR_AREA_GSI,
		population: {
			current: {
				figures: [
					YUZHNO_KURILSKY_2024,
					{
						value: 6991,
						unit: 'people',
						label: 'Yuzhno-Kurilsk settlement alone, 2021 census (via Russian Wikipedia)',
						asOf: '2021',
						sources: ['S33']
					},
					{
						value: 7800,
						unit: 'people',
						label: 'German Wikipedia, approximate',
						asOf: '2007',
						sources: ['S13']
					}
				]
			},
			japanese1945: {
				figures: [
					{
						value: 7364,
						unit: 'people',
						label: JAPANESE_1945_LABEL,
						asOf: '1945-08-15',
						sources: ['S4']
					}
				]
			}
		},
		russianAdministration: {
			oblast: 'Sakhalin Oblast',
			district: 'Yuzhno-Kurilsky District',
			districtNative: 'Южно-Курильский район',
			seat: 'Yuzhno-Kurilsk',
			sources: ['S34']
		},
		japaneseCount: {
			prefecture: 'Hokkaido',
			subprefecture: NEMURO_SUBPREFECTURE,
			municipalities: [
				{
					name: 'Tomari',
					native: '泊村',
					note: 'Kunashiri District (国後郡), west; 538.56 km², 5,595 people in 1940'
				},
				{ name: 'Ruyobetsu', native: '留夜別村', note: 'Kunashiri District (国後郡), east' }
			],
			sources: ['S32', 'S4']
		},
		distanceFromHokkaido: {
			figures: [
				{
					value: 16,
					unit: 'km',
					label: 'Japan’s Cabinet Office (to the nearest point of Kunashiri)',
					from: 'Notsuke peninsula',
					to: 'Kunashir (Kunashiri)',
					sources: ['S1', 'S3']
				},
				{
					value: 16,
					unit: 'km',
					label: 'English Wikipedia (width of the Izmeny Strait)',
					from: 'Notsuke peninsula',
					to: 'Kunashir',
					sources: ['S12']
				}
			]
		},
		highestPoint: {
			figures: [
				{
					value: 1819,
					unit: 'm',
					peak: 'Tyatya (Тятя)',
					label: 'English and German Wikipedia',
					sources: ['S12', 'S13']
				},
				{
					value: 1822,
					unit: 'm',
					peak: '爺爺岳 Chacha-dake',
					label: 'Japanese Wikipedia, older figure',
					sources: ['S41']
				},
				{
					value: 1772,
					unit: 'm',
					peak: '爺爺岳 Chacha-dake',
					label: 'Japanese Wikipedia, current figure',
					sources: ['S41']
				}
			],
			disagreement:
				'The sources give three heights for the same volcano: 1,819 m (English and German Wikipedia), 1,822 m (an older Japanese figure) and 1,772 m (the current Japanese figure), a spread of 50 m.'
		},
		length: {
			figures: [
				{ value: 122, unit: 'km', label: 'Japan’s Cabinet Office', sources: ['S1', 'S3'] },
				{ value: 123, unit: 'km', label: 'English and German Wikipedia', sources: ['S12', 'S13'] }
			],
			disagreement:
				'Japan’s Cabinet Office gives 122 km and English and German Wikipedia 123 km, a difference of 1 km.'
		}
	},

	shikotan: {
		id: 'shikotan',
		area: {
			figures: [
				SHIKOTAN_AREA_GSI,
				{
					value: 248.9,
					unit: 'km2',
					label: 'Japan’s GSI (H26), via the Cabinet Office',
					asOf: '2014',
					sources: ['S2']
				},
				{
					value: 251,
					unit: 'km2',
					label: 'Japan’s GSI (R4), including islets, via the Foreign Ministry',
					asOf: '2022',
					sources: ['S4']
				},
				{
					value: 248,
					unit: 'km2',
					label: 'Japan’s GSI (R4), main island only, via the Foreign Ministry',
					asOf: '2022',
					sources: ['S4']
				},
				{
					value: 250.57,
					unit: 'km2',
					label: 'Pre-war village of Shikotan (Japanese Wikipedia)',
					sources: ['S20']
				},
				{
					value: 253.33,
					unit: 'km2',
					label: 'Village of Shikotan (English Wikipedia)',
					sources: ['S21']
				},
				{ value: 264.13, unit: 'km2', label: 'English Wikipedia', sources: ['S19'] }
			],
			disagreement:
				'Japan’s GSI figures range from 247.7 km² to 251 km² with the survey year and with whether islets are counted; Wikipedia articles give between 250.57 km² and 264.13 km².'
		},
		referenceArea: SHIKOTAN_AREA_GSI,
		population: {
			current: {
				figures: [
					YUZHNO_KURILSKY_2024,
					{
						value: 1873,
						unit: 'people',
						label: 'Malokurilskoye settlement alone, 2010 census (via Russian Wikipedia)',
						asOf: '2010',
						sources: ['S38']
					}
				]
			},
			japanese1945: {
				figures: [
					{
						value: 1038,
						unit: 'people',
						label: JAPANESE_1945_LABEL,
						asOf: '1945-08-15',
						sources: ['S4']
					},
					{
						value: 1499,
						unit: 'people',
						label: 'Village of Shikotan, 1940 census (one Wikipedia article labels it 1945)',
						asOf: '1940',
						sources: ['S20', 'S21']
					}
				],
				disagreement:
					'Japan’s Foreign Ministry gives 1,038 Japanese residents on 15 Aug 1945, while Wikipedia articles give 1,499 for the village of Shikotan (1940 census, labelled 1945 in one of them), a difference of 461.'
			}
		},
		russianAdministration: {
			oblast: 'Sakhalin Oblast',
			district: 'Yuzhno-Kurilsky District',
			districtNative: 'Южно-Курильский район',
			seat: 'Yuzhno-Kurilsk',
			sources: ['S34', 'S16']
		},
		japaneseCount: {
			prefecture: 'Hokkaido',
			subprefecture: NEMURO_SUBPREFECTURE,
			municipalities: [{ name: 'Shikotan', native: '色丹村', note: 'Shikotan District (色丹郡)' }],
			sources: ['S20', 'S4']
		},
		distanceFromHokkaido: {
			figures: [
				{
					value: 73.3,
					unit: 'km',
					label: 'Japan’s Cabinet Office',
					from: 'Cape Nosappu',
					to: 'Shikotan',
					sources: ['S1']
				}
			]
		},
		highestPoint: {
			figures: [
				{
					value: 412,
					unit: 'm',
					peak: 'highest point (not named in these sources)',
					label: 'English Wikipedia',
					sources: ['S16', 'S19']
				},
				{
					value: 412.6,
					unit: 'm',
					peak: '斜古丹岳 Shakotan-dake',
					label: 'Japanese Wikipedia',
					sources: ['S20']
				}
			],
			disagreement:
				'English Wikipedia gives 412 m and Japanese Wikipedia 412.6 m for 斜古丹岳 Shakotan-dake; the difference looks like rounding.'
		}
	},

	habomai: {
		id: 'habomai',
		area: {
			figures: [
				HABOMAI_AREA_GSI,
				{
					value: 93,
					unit: 'km2',
					label: 'Japan’s GSI (R4), without islets under 1 km², via the Foreign Ministry',
					asOf: '2022',
					sources: ['S4']
				},
				{
					value: 96.8,
					unit: 'km2',
					label: 'Sum of the islet areas in English Wikipedia’s table, approximate',
					sources: ['S19']
				}
			],
			disagreement:
				'Japan’s GSI gives 95 km² for the group (93 km² without islets under 1 km²); the islet areas in English Wikipedia’s table add up to about 96.8 km².'
		},
		referenceArea: HABOMAI_AREA_GSI,
		population: {
			current: {
				figures: [
					{
						value: 0,
						unit: 'people',
						label:
							'No civilian residents; Russian border-guard posts on Tanfilyeva and Anuchina (Russian Wikipedia)',
						sources: ['S23', 'S24']
					}
				]
			},
			japanese1945: {
				figures: [
					{
						value: 5281,
						unit: 'people',
						label: JAPANESE_1945_LABEL,
						asOf: '1945-08-15',
						sources: ['S4']
					}
				]
			}
		},
		russianAdministration: {
			oblast: 'Sakhalin Oblast',
			district: 'Yuzhno-Kurilsky District',
			districtNative: 'Южно-Курильский район',
			seat: 'Yuzhno-Kurilsk',
			sources: ['S23', 'S24', 'S25']
		},
		japaneseCount: {
			prefecture: 'Hokkaido',
			subprefecture: NEMURO_SUBPREFECTURE,
			municipalities: [
				{ name: 'Nemuro City', native: '根室市', note: 'The islets are now part of Nemuro City' },
				{
					name: 'Habomai',
					native: '歯舞村',
					note: 'Pre-war village in Hanasaki District (花咲郡); merged into Nemuro in 1959'
				}
			],
			sources: ['S4', 'S147']
		},
		distanceFromHokkaido: {
			figures: [
				{
					value: 3.7,
					unit: 'km',
					label: 'Nearest islet; Japan’s Cabinet Office and Russian Wikipedia agree',
					from: 'Cape Nosappu',
					to: 'Kaigara-jima (Signalny)',
					sources: ['S1', 'S2', 'S3', 'S26']
				},
				{
					value: 7,
					unit: 'km',
					label: 'Japan’s Cabinet Office',
					from: 'Cape Nosappu',
					to: 'Suishō-tō (Tanfilyeva)',
					sources: ['S1']
				},
				{
					value: 7.5,
					unit: 'km',
					label: 'Russian Wikipedia (width of the Sovetsky Strait)',
					from: 'Nemuro peninsula',
					to: 'Tanfilyeva (Suishō-tō)',
					sources: ['S24']
				}
			],
			disagreement:
				'Both sides’ sources put Kaigara (Signalny) 3.7 km from Cape Nosappu; for Suishō (Tanfilyeva) Japan’s Cabinet Office gives 7.0 km from Cape Nosappu and Russian Wikipedia 7.5 km from the Nemuro peninsula, a difference of 0.5 km that may come from different measuring points.'
		},
		highestPoint: {
			figures: [
				{
					value: 44,
					unit: 'm',
					peak: 'Yury (Юрий) island',
					label: 'Highest islet in English Wikipedia’s table',
					sources: ['S19']
				}
			]
		}
	}
};
