/**
 * Standard names of government units and their official and common short forms, from the
 * project research on department naming (units-catalog.md in the shared data, with its sources). Each line is one body: its
 * full name first, then the other names it goes by. Local bodies are written without their level
 * prefix (市, 县, 区, 省), which any of them may take; national bodies are written in full.
 */

export const LOCAL_BODIES: readonly string[] = [
	'人民政府办公室|政府办公室|政府办|府办|人民政府办公厅|政府办公厅',
	'发展和改革委员会|发展改革委|发改委|发展和改革局|发改局',
	'教育局|教育委员会|教委|教育体育局|教体局',
	'科学技术局|科技局|科学技术委员会|科委',
	'工业和信息化局|工信局|工业和信息化委员会',
	'经济和信息化局|经信局|经济和信息化委员会|经信委',
	'民族宗教事务局|民宗局',
	'公安局',
	'民政局',
	'司法局',
	'财政局',
	'人力资源和社会保障局|人力资源社会保障局|人社局|人力社保局',
	'自然资源和规划局|自然资源局|资规局|自规局|规划和自然资源局|规划资源局',
	'生态环境局',
	'住房和城乡建设局|住房城乡建设局|住建局|建设局',
	'城市管理局|城管局',
	'综合行政执法局|综合执法局|行政执法局',
	'交通运输局|交通局',
	'水利局',
	'水务局',
	'农业农村局|农业农村委员会|农业农村委',
	'商务局',
	'文化广电和旅游局|文广旅局|文化和旅游局|文旅局|文化和广电旅游体育局|文广旅体局|文化广电旅游体育局|文化旅游广电体育局',
	'卫生健康委员会|卫生健康委|卫健委|卫生健康局|卫健局',
	'退役军人事务局',
	'应急管理局',
	'审计局',
	'人民政府外事办公室|外事办公室|外办|外事局',
	'人民政府国有资产监督管理委员会|国有资产监督管理委员会|国资委',
	'市场监督管理局|市场监管局|市监局|市场局',
	'统计局',
	'医疗保障局|医保局',
	'信访局',
	'机关事务管理局',
	'地方金融监督管理局|地方金融监管局|金融工作局|金融工作办公室|金融办|金融局',
	'行政审批服务局|行政审批局',
	'政务服务管理办公室|政务服务办|政务办',
	'大数据管理局|大数据发展管理局|数据局',
	'投资促进局|投促局|投资促进中心|投促中心',
	'住房公积金管理中心|公积金中心',
	'人民政府研究室|政府研究室|政研室',
	'扶贫开发办公室|扶贫办',
	'国防动员办公室|国动办',
	'税务局',
	// "中国人民银行XX市分行 … | 人行XX市分行; 市人行 … 人民银行 (a published notice)" (units-catalog.md, E).
	'人民银行|人行',
	'气象局',
	'烟草专卖局|烟草局',
	'邮政管理局|邮政局',
	// "XX市消防救援支队 / 县(市)消防救援大队 | 消防大队" (units-catalog.md E). 消防支队 is not in the catalog.
	'消防救援支队',
	'消防救援大队|消防大队',
	'纪律检查委员会|纪委|纪委监委',
	'监察委员会|监委',
	'委办公室|委办',
	'委组织部|组织部',
	'委宣传部|宣传部',
	// "市委网信办 = 市委网络安全和信息化委员会办公室" (units-catalog.md, F).
	'委网络安全和信息化委员会办公室|委网信办',
	'委统一战线工作部|委统战部|统战部',
	'委政法委员会|委政法委|政法委',
	'委机构编制委员会办公室|委编办|编办',
	'委全面深化改革委员会办公室|委改革办|改革办',
	'委社会工作部|委社工部|社工部',
	'委金融委员会办公室|委金融办',
	'委外事工作委员会办公室|委外办',
	// "中共XX市委直属机关工作委员会 | 市直机关工委; 市委机关工委; 市委直属机关工委" (units-catalog.md, F): the
	// registry's full name reads 市委直属机关工作委员会 once 中共 and the place are dropped.
	'直属机关工作委员会|直机关工委|委直属机关工委|委机关工委|委直属机关工作委员会',
	'委巡察工作领导小组办公室|委巡察办|巡察办',
	'委党校|党校',
	'委党史研究室|党史研究室',
	'总工会',
	'妇女联合会|妇联',
	'科学技术协会|科协',
	'归国华侨联合会|侨联',
	'文学艺术界联合会|文联',
	'社会科学界联合会|社科联',
	'残疾人联合会|残联',
	'红十字会',
	'工商业联合会|工商联',
	'供销合作社联合社|供销联社|供销社|供销总社',
	'人民法院|法院|中级人民法院|中院',
	'人民检察院|检察院',
	'住房和城乡建设厅|住建厅',
	'工业和信息化厅|工信厅',
	'经济和信息化厅|经信厅',
	'科学技术厅|科技厅',
	'财政厅',
	'商务厅',
	'人力资源和社会保障厅|人力资源社会保障厅|人社厅',
	'文化和旅游厅|文旅厅',
	'能源局',
	'通信管理局|通管局|通管办',
];

export const NATIONAL_BODIES: readonly string[] = [
	'国务院办公厅|国办',
	'外交部',
	'国防部',
	'国家发展和改革委员会|国家发展改革委|国家发改委',
	'教育部',
	'科学技术部|科技部',
	'工业和信息化部|工信部',
	'国家民族事务委员会|国家民委',
	'公安部',
	'国家安全部|安全部',
	'民政部',
	'司法部',
	'财政部',
	'人力资源和社会保障部|人力资源社会保障部|人社部',
	'自然资源部',
	'生态环境部',
	'住房和城乡建设部|住房城乡建设部|住建部',
	'交通运输部|交通部',
	'水利部',
	'农业农村部',
	'商务部',
	'文化和旅游部|文旅部',
	'国家卫生健康委员会|国家卫生健康委|国家卫健委',
	'退役军人事务部',
	'应急管理部',
	'中国人民银行|人民银行|央行|人行',
	'审计署',
	'国务院国有资产监督管理委员会|国务院国资委',
	'海关总署',
	'国家税务总局|税务总局',
	'国家市场监督管理总局|市场监管总局',
	'国家金融监督管理总局|金融监管总局',
	'中国证券监督管理委员会|证监会',
	'国家广播电视总局|广电总局',
	'国家体育总局|体育总局',
	'国家信访局',
	'国家统计局',
	'国家知识产权局|知识产权局',
	'国家国际发展合作署|国际发展合作署',
	'国家医疗保障局|国家医保局',
	'国务院参事室|参事室',
	'国家机关事务管理局',
	'中国银行保险监督管理委员会|银保监会',
	'国家乡村振兴局|乡村振兴局',
	'国家数据局',
	'国家能源局',
	'国家药品监督管理局',
	'国家林业和草原局',
	'国家粮食和物资储备局',
	'国家移民管理局',
	'中国民用航空局|民航局',
	'国家外汇管理局|外汇局',
	'国家消防救援局',
	'中国地震局',
	'中央网络安全和信息化委员会办公室|中央网信办',
	'中共中央统一战线工作部|中央统战部',
	'中央机构编制委员会办公室|中央编办',
	'中央农村工作领导小组办公室|中央农办',
	'中央社会工作部',
	'中央金融委员会办公室|中央金融办',
	'中央科技委员会|中央科技委',
	'中共中央组织部|中组部',
];

/**
 * Bare forms that State Council lists write for a national body and that a local notice writes for
 * its own bureau (units-catalog.md A: "国家医疗保障局 | official: 医保局", "国家统计局 | 统计局",
 * "国务院国有资产监督管理委员会 | official: 国务院国资委, 国资委", "国家发展和改革委员会 | official:
 * 发展改革委 (in lists), 国家发展改革委 (standalone)", "国家卫生健康委员会 | official: 国家卫生健康委,
 * 卫生健康委"): the local body when a registry has it, else the national one. Each with the national
 * body's full name.
 */
export const NATIONAL_SHORT_FORMS: ReadonlyArray<readonly [string, string]> = [
	['发展改革委', '国家发展和改革委员会'],
	['卫生健康委', '国家卫生健康委员会'],
	['国资委', '国务院国有资产监督管理委员会'],
	['医保局', '国家医疗保障局'],
	['统计局', '国家统计局'],
	['信访局', '国家信访局'],
	['数据局', '国家数据局'],
	['能源局', '国家能源局'],
];

/**
 * How a local body's full official name opens before its place, and what a notice writes for it
 * (units-catalog.md, sections E and F): `{head}{place}{level}{tail}` is written `{short}` with
 * {L} the level (市, 县 …) and {T} the tail. The place itself (衢州, 衢州市柯城) is dropped, as a
 * notice of one city writes 市财政局 for 衢州市财政局.
 *   - "中共XX市委办公室 | 市委办", "中共XX市纪律检查委员会 … | 市纪委": 中共 is dropped; 中共衢州市委 is 市委.
 *   - "中国人民银行XX市分行 (since 2023-08-18); earlier 中国人民银行XX市中心支行 | 人行XX市分行; 市人行".
 *   - "群团: … 共青团XX市委 … | … 团市委".
 * A place before the level with no head (衢州市财政局, 国家税务总局衢州市税务局: "国家税务总局XX市税务局 |
 * 市税务局") counts only when the catalog knows the rest as a body at that level (市财政局, 市税务局).
 */
export const OFFICIAL_NAME_FRAMES: ReadonlyArray<{ head: string; tail?: string; short: string }> = [
	{ head: '中国共产党', short: '{L}{T}' },
	{ head: '中共', short: '{L}{T}' },
	{ head: '中国人民银行', tail: '分行', short: '{L}人民银行' },
	{ head: '中国人民银行', tail: '中心支行', short: '{L}人民银行' },
	{ head: '人行', tail: '分行', short: '{L}人民银行' },
	{ head: '人行', tail: '中心支行', short: '{L}人民银行' },
	// "earlier 人行XX中心支行 / 人民银行XX中支": a notice writes 人民银行江州市中心支行 for 中国人民银行江州市中心支行.
	{ head: '人民银行', tail: '分行', short: '{L}人民银行' },
	{ head: '人民银行', tail: '中心支行', short: '{L}人民银行' },
	{ head: '共青团', tail: '委', short: '团{L}委' },
];

/**
 * Vertical offices named by their place with no level (units-catalog.md, E): `{head}{place}{tail}` in
 * a registry's full name, `{place}{short}` (or `{short}` alone) in a notice.
 *   - "国家金融监督管理总局XX监管分局 | XX金融监管分局" (海东金融监管分局); county: "…XX监管支局 = XX金融监管支局".
 *   - "国家统计局XX调查队 | 调查队".
 */
export const VERTICAL_NAME_FRAMES: ReadonlyArray<{ head: string; tail: string; short: string }> = [
	{ head: '国家金融监督管理总局', tail: '监管分局', short: '金融监管分局' },
	{ head: '国家金融监督管理总局', tail: '监管支局', short: '金融监管支局' },
	{ head: '国家统计局', tail: '调查队', short: '调查队' },
];

/**
 * Renamings of institutional reforms (units-catalog.md, sections C to F): a registry's undated
 * `旧名 -> 新名` whose old name holds one of `old` and whose new name holds one of `new` is this
 * renaming, and a notice earlier than `from` wrote the old name rightly (see renamings.ts).
 * `from` is the first year whose notices are expected to write the new name. Breakdown notices
 * come out in the first months of their year, after the 两会: a renaming made later in a year
 * counts from the next, or every notice of that year written before it would be flagged.
 */
export const RENAMINGS: ReadonlyArray<{ old: readonly string[]; new: readonly string[]; from: number }> = [
	// 2018 reform: 国税 and 地税 merged into one 税务局 down to counties in July 2018 (section E).
	{ old: ['国家税务局', '地方税务局', '国税局', '地税局'], new: ['税务局'], from: 2019 },
	// 2018 reform, local governments: provinces renamed their departments late in 2018, cities and
	// counties by March 2019 (section D's "pre-2018" names); the registry of a tester's county says
	// "2019年机构改革后更新".
	{ old: ['国土资源', '国土局', '国土房管'], new: ['自然资源', '资规局', '自规局', '规划资源'], from: 2019 },
	{ old: ['农业局', '农业厅', '农业委员会', '农委', '农机局'], new: ['农业农村'], from: 2019 },
	{ old: ['卫生和计划生育', '卫生计生', '卫计'], new: ['卫生健康', '卫健'], from: 2019 },
	{ old: ['环境保护', '环保局', '环保厅'], new: ['生态环境'], from: 2019 },
	{ old: ['安全生产监督管理', '安监局'], new: ['应急管理', '应急局'], from: 2019 },
	{ old: ['工商行政管理', '工商局', '质量技术监督', '质监局', '食品药品监督管理', '食药监'], new: ['市场监督管理', '市场监管'], from: 2019 },
	{ old: ['文化广电新闻出版', '文广新', '文化局', '文化厅', '旅游发展委员会', '旅游委'], new: ['旅游', '文旅', '文广旅'], from: 2019 },
	{ old: ['法制办'], new: ['司法局', '司法厅'], from: 2019 },
	{ old: ['建委', '建设委员会'], new: ['住房和城乡建设', '住房城乡建设', '住建'], from: 2019 },
	{ old: ['交委', '交通委员会'], new: ['交通运输'], from: 2019 },
	{ old: ['银监'], new: ['银保监'], from: 2019 },
	// 扶贫办 became 乡村振兴局 in 2021: nationally in February, locally through that year.
	{ old: ['扶贫'], new: ['乡村振兴'], from: 2022 },
	// 2023 reform: 金融监管总局's city offices opened in July 2023, the 人民银行's 中心支行 became
	// 市分行 on 2023-08-18 (section E).
	{ old: ['银保监'], new: ['金融监管', '金融监督管理'], from: 2024 },
	{ old: ['中心支行', '中支'], new: ['分行'], from: 2024 },
	// 2023 reform, local: 金融办 plates dropped, 市委金融办 set up as cities and counties finished
	// their reforms by the end of 2024 (sections D and F).
	{ old: ['金融办', '金融工作办公室', '金融工作局'], new: ['委金融办', '委金融委员会办公室', '金融管理局'], from: 2025 },
];
