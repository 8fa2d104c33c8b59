// Figures for the island panel, copied from the reference fact sheet. Every number carries the
// ids of the sources that give it (see sources.ts); where sources disagree, every figure is listed and
// `disagreement` says how. schema.ts checks the invariants (known ids, reference area, disagreements).
// GSI survey years: R3 = Reiwa 3 = 2021, R4 = 2022, H26 = Heisei 26 = 2014.
import type { IslandId, SourceId } from './types.ts';

export interface Figure {
	value: number;
	unit: 'km2' | 'km' | 'm' | 'people';
	/** What the figure is, as shown to a reader: 'Official Japanese figure (GSI, 2021)', 'Russian census 2010', 'main island only', ... */
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
	/** Official Japanese area (GSI) first, then other figures. */
	area: Disputed<Figure>;
	/** Official Japanese figure used as the reference the computed geodata area is compared against. Must equal one of area.figures (value and sources). */
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
	/** Distance from Hokkaido: for each island the official figure (Cape Nosappu or Notsuke peninsula as the sources say) */
	distanceFromHokkaido: Disputed<Figure & { from: string; to: string }>;
	highestPoint: Disputed<NamedHeight>;
	/** Length of the island, where sources give it */
	length?: Disputed<Figure>;
}

const JAPANESE_1945_LABEL =
	'Japanese residents on 15 Aug 1945 (Chishima-Habomai Residents League, via MOFA)';
const NEMURO_SUBPREFECTURE = 'Nemuro Subprefecture (now Nemuro Promotion Bureau, 根室振興局)';

const ITURUP_AREA_GSI: Figure = {
	value: 3166.6,
	unit: 'km2',
	label: 'Official Japanese figure (GSI, 2021)',
	asOf: '2021',
	sources: ['S1']
};
const KUNASHIR_AREA_GSI: Figure = {
	value: 1489.3,
	unit: 'km2',
	label: 'Official Japanese figure (GSI, 2021)',
	asOf: '2021',
	sources: ['S1']
};
const SHIKOTAN_AREA_GSI: Figure = {
	value: 247.7,
	unit: 'km2',
	label: 'Official Japanese figure (GSI R3, 2021)',
	asOf: '2021',
	sources: ['S1']
};
const HABOMAI_AREA_GSI: Figure = {
	value: 95,
	unit: 'km2',
	label: 'Official Japanese figure, group total (GSI, 2022)',
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
					label: 'Official Japanese figure including islets (GSI, 2022)',
					asOf: '2022',
					sources: ['S4']
				},
				{
					value: 3167,
					unit: 'km2',
					label: 'Official Japanese figure, main island only (GSI, 2022)',
					asOf: '2022',
					sources: ['S4']
				},
				{ value: 3174.71, unit: 'km2', label: 'Russian travel page', sources: ['S8'] },
				{
					value: 3182.65,
					unit: 'km2',
					label: 'Wikipedia-based encyclopedia page',
					sources: ['S9']
				},
				{ value: 3238.2, unit: 'km2', label: 'Bulgarian Wikipedia', sources: ['S11'] },
				{ value: 3139, unit: 'km2', label: 'English Wikipedia mirror', sources: ['S7'] },
				{
					value: 3166.64,
					unit: 'km2',
					label: 'Ukrainian Wikipedia, citing the GSI',
					sources: ['S10']
				},
				{ value: 3200, unit: 'km2', label: 'Rounded figure in a blog post', sources: ['S78-blog'] }
			],
			disagreement:
				'Japanese official figures are 3,166.6 km² (GSI 2021) and 3,167–3,168 km² (GSI 2022, without and with islets); other sources range from 3,139 km² to 3,238.2 km², about 1% below to 2% above the GSI figure.'
		},
		referenceArea: ITURUP_AREA_GSI,
		population: {
			current: {
				figures: [
					{
						value: 6799,
						unit: 'people',
						label: 'Ukrainian Wikipedia',
						asOf: '2021',
						sources: ['S10']
					},
					{
						value: 6409,
						unit: 'people',
						label: 'Russian travel page',
						asOf: '2018',
						sources: ['S8']
					},
					{
						value: 5934,
						unit: 'people',
						label: 'Russian figure for January 2016 (Tokyo Shimbun)',
						asOf: '2016-01',
						sources: ['S39']
					},
					{
						value: 7500,
						unit: 'people',
						label: 'Approximate figure (Wikipedia-based pages)',
						asOf: '2003',
						sources: ['S7', 'S9']
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
			sources: ['S30', 'S4', 'S31']
		},
		distanceFromHokkaido: {
			figures: [
				{
					value: 144.5,
					unit: 'km',
					label: 'Official Japanese figure',
					from: 'Cape Nosappu',
					to: 'Etorofu (Iturup)',
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
					label: 'Japanese figure (GSI, corrected in 2014)',
					asOf: '2014',
					sources: ['S42', 'S40']
				},
				{
					value: 1634,
					unit: 'm',
					peak: 'Stokap (Стокап)',
					label: 'Russian figure',
					sources: ['S7', 'S8', 'S42']
				},
				{
					value: 1566,
					unit: 'm',
					peak: '西単冠山 Nishi-Hitokappu-yama',
					label: 'Kotobank (identifies 単冠山 Hitokappu-yama with Russian "Stokap")',
					sources: ['S43']
				}
			],
			disagreement:
				'Japanese and Russian sources give 1,629 m (Nishi-Hitokappu, GSI 2014) and 1,634 m (Stokap); they may be naming different peaks, and Kotobank gives 1,566 m for Nishi-Hitokappu. Before the 2014 correction Japan counted Chirippu-yama (1,587 m, now 1,582 m) as the highest.'
		},
		length: {
			figures: [
				{ value: 204, unit: 'km', label: 'Official Japanese figure', sources: ['S1', 'S3'] },
				{ value: 203, unit: 'km', label: 'Japanese blog', sources: ['S78'] },
				{
					value: 200,
					unit: 'km',
					label: 'Russian and Wikipedia-based pages',
					sources: ['S7', 'S8']
				}
			],
			disagreement:
				'Japanese official sources give 204 km, a Japanese blog 203 km and Russian and Wikipedia-based pages 200 km, a spread of 4 km.'
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
					label: 'Official Japanese figure including islets (GSI, 2022)',
					asOf: '2022',
					sources: ['S4']
				},
				{
					value: 1489,
					unit: 'km2',
					label: 'Official Japanese figure, main island only (GSI, 2022)',
					asOf: '2022',
					sources: ['S4']
				},
				{
					value: 1490,
					unit: 'km2',
					label: 'Russian and Wikipedia-based pages',
					sources: ['S12', 'S15']
				},
				{
					value: 1489.27,
					unit: 'km2',
					label: 'German and Catalan Wikipedia',
					sources: ['S13']
				}
			],
			disagreement:
				'All figures lie between 1,489 km² and 1,490 km²; the differences of under 1 km² come from rounding and from whether small islets are counted.'
		},
		referenceArea: KUNASHIR_AREA_GSI,
		population: {
			current: {
				figures: [
					{
						value: 7518,
						unit: 'people',
						label: 'Russian travel page',
						asOf: '2018',
						sources: ['S15']
					},
					{
						value: 7817,
						unit: 'people',
						label: 'Russian figure for January 2016 (Tokyo Shimbun)',
						asOf: '2016-01',
						sources: ['S39']
					},
					{
						value: 7800,
						unit: 'people',
						label: 'Approximate figure (German Wikipedia)',
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
			sources: ['S34', 'S35']
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
			sources: ['S30', 'S32']
		},
		distanceFromHokkaido: {
			figures: [
				{
					value: 16,
					unit: 'km',
					label: 'Official Japanese figure (to the nearest point of Kunashiri)',
					from: 'Notsuke peninsula',
					to: 'Kunashiri (Kunashir)',
					sources: ['S1', 'S3']
				},
				{
					value: 16,
					unit: 'km',
					label: 'Width of the Izmeny Strait',
					from: 'Notsuke peninsula',
					to: 'Kunashir',
					sources: ['S14']
				}
			]
		},
		highestPoint: {
			figures: [
				{
					value: 1819,
					unit: 'm',
					peak: 'Tyatya (Тятя)',
					label: 'Russian figure',
					sources: ['S12', 'S13']
				},
				{
					value: 1822,
					unit: 'm',
					peak: '爺爺岳 Chacha-dake',
					label: 'Older Japanese figure',
					sources: ['S41', 'S86']
				},
				{
					value: 1772,
					unit: 'm',
					peak: '爺爺岳 Chacha-dake',
					label: 'Current Japanese figure',
					sources: ['S41', 'S40']
				}
			],
			disagreement:
				'Sources give three heights for the same volcano: 1,819 m (Russian), 1,822 m (older Japanese figure) and 1,772 m (current Japanese figure), a spread of 50 m.'
		},
		length: {
			figures: [
				{ value: 122, unit: 'km', label: 'Official Japanese figure', sources: ['S1', 'S3'] },
				{ value: 123, unit: 'km', label: 'Wikipedia-based pages', sources: ['S12', 'S13'] }
			],
			disagreement:
				'Japanese official sources give 122 km and Wikipedia-based pages 123 km, a difference of 1 km.'
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
					label: 'Official Japanese figure (GSI H26, 2014)',
					asOf: '2014',
					sources: ['S2']
				},
				{
					value: 251,
					unit: 'km2',
					label: 'Official Japanese figure including islets (GSI R4, 2022)',
					asOf: '2022',
					sources: ['S4']
				},
				{
					value: 248,
					unit: 'km2',
					label: 'Official Japanese figure, main island only (GSI R4, 2022)',
					asOf: '2022',
					sources: ['S4']
				},
				{
					value: 250.57,
					unit: 'km2',
					label: 'Pre-war village of Shikotan (Japanese Wikipedia mirror)',
					sources: ['S20']
				},
				{ value: 264.13, unit: 'km2', label: 'Wikipedia-based page', sources: ['S19'] },
				{ value: 252.8, unit: 'km2', label: 'Russian blog', sources: ['S18'] },
				{ value: 225, unit: 'km2', label: 'Old English Wikipedia copy', sources: ['S16'] },
				{ value: 182, unit: 'km2', label: 'Great Soviet Encyclopedia', sources: ['S17'] },
				{
					value: 253.33,
					unit: 'km2',
					label: 'Village of Shikotan (Wikipedia-based page)',
					sources: ['S21']
				}
			],
			disagreement:
				'Japanese official figures range from 247.7 km² to 251 km² depending on the survey year and on whether islets are counted; other sources give between 182 km² and 264.13 km².'
		},
		referenceArea: SHIKOTAN_AREA_GSI,
		population: {
			current: {
				figures: [
					{
						value: 2917,
						unit: 'people',
						label: 'Russian figure for January 2016 (Tokyo Shimbun)',
						asOf: '2016-01',
						sources: ['S39']
					},
					{ value: 2820, unit: 'people', label: 'Russian blog', asOf: '2010', sources: ['S18'] }
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
						label: 'Village of Shikotan, 1940 census (one Wikipedia-based page labels it 1945)',
						asOf: '1940',
						sources: ['S20', 'S21']
					}
				],
				disagreement:
					'MOFA gives 1,038 Japanese residents on 15 Aug 1945, while Wikipedia-based pages give 1,499 for the village of Shikotan (1940 census, labelled 1945 on one page), a difference of 461.'
			}
		},
		russianAdministration: {
			oblast: 'Sakhalin Oblast',
			district: 'Yuzhno-Kurilsky District',
			districtNative: 'Южно-Курильский район',
			seat: 'Yuzhno-Kurilsk',
			sources: ['S21', 'S34']
		},
		japaneseCount: {
			prefecture: 'Hokkaido',
			subprefecture: NEMURO_SUBPREFECTURE,
			municipalities: [{ name: 'Shikotan', native: '色丹村', note: 'Shikotan District (色丹郡)' }],
			sources: ['S30', 'S20']
		},
		distanceFromHokkaido: {
			figures: [
				{
					value: 73.3,
					unit: 'km',
					label: 'Official Japanese figure',
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
					label: 'Russian figure',
					sources: ['S16', 'S17', 'S19']
				},
				{
					value: 412.6,
					unit: 'm',
					peak: '斜古丹岳 Shakotan-dake',
					label: 'Japanese Wikipedia mirror',
					sources: ['S20']
				},
				{
					value: 413,
					unit: 'm',
					peak: '斜古丹岳 Shakotan-dake',
					label: 'Japanese news feature',
					sources: ['S40']
				}
			],
			disagreement:
				'Russian sources give 412 m and Japanese sources 412.6 m or 413 m for 斜古丹岳 Shakotan-dake; the difference of under 1 m looks like rounding.'
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
					label: 'Official Japanese figure excluding islets under 1 km² (GSI, 2022)',
					asOf: '2022',
					sources: ['S4']
				},
				{
					value: 96.8,
					unit: 'km2',
					label: 'Approximate sum of the islet areas in a Wikipedia-based table',
					sources: ['S19']
				},
				{
					value: 104,
					unit: 'km2',
					label: 'Estonian Wikipedia (2007)',
					asOf: '2007',
					sources: ['S85']
				}
			],
			disagreement:
				"Japan's official total is 95 km² (93 km² without islets under 1 km²); the islet areas in a Wikipedia-based table add up to about 96.8 km², and a 2007 Estonian Wikipedia page gives 104 km²."
		},
		referenceArea: HABOMAI_AREA_GSI,
		population: {
			current: {
				figures: [
					{
						value: 0,
						unit: 'people',
						label:
							'No civilian residents (Tokyo Shimbun, 2016); Russian border-guard posts on Tanfilyeva and Anuchina',
						asOf: '2016-01',
						sources: ['S39', 'S23', 'S24']
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
			sources: ['S4', 'S29', 'S30']
		},
		distanceFromHokkaido: {
			figures: [
				{
					value: 3.7,
					unit: 'km',
					label: 'Nearest islet; Japanese and Russian sources agree',
					from: 'Cape Nosappu',
					to: 'Kaigara-jima (Signalny)',
					sources: ['S1', 'S2', 'S3', 'S26']
				},
				{
					value: 7,
					unit: 'km',
					label: 'Official Japanese figure',
					from: 'Cape Nosappu',
					to: 'Suishō-tō (Tanfilyeva)',
					sources: ['S1']
				},
				{
					value: 7.5,
					unit: 'km',
					label: 'Width of the Sovetsky Strait',
					from: 'Nemuro peninsula',
					to: 'Tanfilyeva (Suishō-tō)',
					sources: ['S24']
				}
			],
			disagreement:
				'All sources put Kaigara (Signalny) 3.7 km from Cape Nosappu; for Suishō (Tanfilyeva) the Japanese figure is 7.0 km from Cape Nosappu and a Wikipedia-based page gives 7.5 km from the Nemuro peninsula, a difference of 0.5 km that may reflect different measuring points.'
		},
		highestPoint: {
			figures: [
				{
					value: 44,
					unit: 'm',
					peak: 'Yury (Юрий) island',
					label: 'Highest islet in a Wikipedia-based table',
					sources: ['S19']
				}
			]
		}
	}
};
