import { translateLegalRef } from './translations.ts';

export type Track = 'critical' | 'key';

export interface Requirement {
  id: string;
  track: Track;
  group: string;
  labelEn: string;
  labelKm: string;
  labelZh: string;
  legalRef: string;
}

type Entry = [group: string, labelEn: string, labelKm: string, labelZh: string, legalRef: string];

const LABOUR_LAW = 'Labour Law 1997';
const OSH = `${LABOUR_LAW} (health and safety provisions)`;
const TRADE_UNIONS = 'Law on Trade Unions 2016';

/** BFC's 21 critical issues in the newer wording (research notes, section 2), in BFC's order. */
const CRITICAL: readonly Entry[] = [
  [
    'fundamental-rights',
    'No unremediated child labour',
    'គ្មានពលកម្មកុមារដែលមិនទាន់បានដោះស្រាយ',
    '无未经补救的童工',
    `${LABOUR_LAW}, Art. 177`,
  ],
  [
    'fundamental-rights',
    'No forced labour (Freedom of movement)',
    'គ្មានពលកម្មដោយបង្ខំ (សេរីភាពក្នុងការធ្វើដំណើរ)',
    '无强迫劳动（行动自由）',
    `${LABOUR_LAW}, Arts. 15–16`,
  ],
  [
    'fundamental-rights',
    'No discrimination against workers',
    'គ្មានការរើសអើងចំពោះកម្មករ',
    '不歧视工人',
    `${LABOUR_LAW}, Art. 12`,
  ],
  [
    'fundamental-rights',
    'No dismissal of pregnant workers',
    'គ្មានការបញ្ឈប់កម្មការិនីដែលមានផ្ទៃពោះ',
    '不解雇怀孕工人',
    `${LABOUR_LAW} (non-discrimination and maternity protection)`,
  ],
  [
    'fundamental-rights',
    'No dismissal of workers during maternity leave',
    'គ្មានការបញ្ឈប់កម្មករក្នុងអំឡុងពេលឈប់សម្រាកលំហែមាតុភាព',
    '不在产假期间解雇工人',
    `${LABOUR_LAW}, Art. 182`,
  ],
  [
    'fundamental-rights',
    'No sexual harassment',
    'គ្មានការបៀតបៀនផ្លូវភេទ',
    '无性骚扰',
    `${LABOUR_LAW}, Art. 172`,
  ],
  [
    'fundamental-rights',
    'Equal pay for men and women',
    'ប្រាក់ឈ្នួលស្មើគ្នាសម្រាប់បុរស និងស្ត្រី',
    '男女同工同酬',
    `${LABOUR_LAW}, Art. 106`,
  ],
  [
    'fundamental-rights',
    'No discrimination against workers based on union membership',
    'គ្មានការរើសអើងចំពោះកម្មករដោយសារសមាជិកភាពសហជីព',
    '不因工会会员身份歧视工人',
    TRADE_UNIONS,
  ],
  [
    'fundamental-rights',
    'Workers join and form unions freely',
    'កម្មករចូលរួម និងបង្កើតសហជីពដោយសេរី',
    '工人自由加入和组建工会',
    TRADE_UNIONS,
  ],
  [
    'fundamental-rights',
    'No control of union by employer',
    'និយោជកមិនគ្រប់គ្រងសហជីព',
    '雇主不控制工会',
    TRADE_UNIONS,
  ],
  [
    'fundamental-rights',
    'Job is not dependent on union membership',
    'ការងារមិនអាស្រ័យលើសមាជិកភាពសហជីព',
    '工作不以工会会员身份为条件',
    TRADE_UNIONS,
  ],
  [
    'fundamental-rights',
    'No management interference with union',
    'គ្មានការជ្រៀតជ្រែករបស់ថ្នាក់គ្រប់គ្រងចំពោះសហជីព',
    '管理层不干预工会',
    TRADE_UNIONS,
  ],
  [
    'fundamental-rights',
    'Workers are free not to join union',
    'កម្មករមានសេរីភាពមិនចូលជាសមាជិកសហជីព',
    '工人有不加入工会的自由',
    TRADE_UNIONS,
  ],
  [
    'osh-emergency',
    'Regular emergency evacuation drills (every 6 months)',
    'សមយុទ្ធជម្លៀសពេលអាសន្នជាប្រចាំ (រៀងរាល់ ៦ ខែម្តង)',
    '定期进行紧急疏散演习（每6个月一次）',
    OSH,
  ],
  [
    'osh-emergency',
    'Emergency exit doors are unlocked during working hours',
    'ទ្វារចេញពេលអាសន្នមិនចាក់សោក្នុងម៉ោងធ្វើការ',
    '工作时间内紧急出口门不上锁',
    OSH,
  ],
  [
    'osh-emergency',
    'Emergency exit doors are sufficient',
    'ទ្វារចេញពេលអាសន្នមានគ្រប់គ្រាន់',
    '紧急出口门数量充足',
    OSH,
  ],
  [
    'osh-emergency',
    'Dangerous machine parts have safety guards (not needle guards)',
    'ផ្នែកគ្រោះថ្នាក់នៃម៉ាស៊ីនមានរបាំងការពារ (មិនមែនរបាំងម្ជុល)',
    '危险机器部件装有安全防护装置（不含针护罩）',
    OSH,
  ],
  [
    'osh-emergency',
    'Clean and sufficient drinking water',
    'ទឹកផឹកស្អាត និងគ្រប់គ្រាន់',
    '饮用水清洁充足',
    OSH,
  ],
  [
    'wages',
    'Correctly paid minimum wages',
    'បើកប្រាក់ឈ្នួលអប្បបរមាបានត្រឹមត្រូវ',
    '正确支付最低工资',
    `${LABOUR_LAW}, Art. 104; annual minimum wage Prakas`,
  ],
  [
    'wages',
    'Correctly paid overtime wages (ordinary overtime hours)',
    'បើកប្រាក់ឈ្នួលម៉ោងបន្ថែមបានត្រឹមត្រូវ (ម៉ោងបន្ថែមធម្មតា)',
    '正确支付加班工资（普通加班时间）',
    `${LABOUR_LAW}, Art. 139`,
  ],
  [
    'contracts',
    'Bonuses, allowances, leaves count entire employment period',
    'ប្រាក់រង្វាន់ ប្រាក់ឧបត្ថម្ភ និងការឈប់សម្រាក គិតលើរយៈពេលការងារទាំងមូល',
    '奖金、津贴和假期按整个雇佣期计算',
    `${LABOUR_LAW} (employment contracts and seniority)`,
  ],
];

/**
 * The other 31 of BFC's 52 low-compliance requirements. BFC's items 22–24 are known (research
 * notes, section 2); the rest are drawn from Cambodian labour law, one per topic, grouped.
 */
const KEY: readonly Entry[] = [
  [
    'fundamental-rights',
    "Union leaders and candidates are dismissed only with the Ministry of Labour's permission",
    'មេដឹកនាំសហជីព និងបេក្ខជន ត្រូវបានបញ្ឈប់តែដោយមានការអនុញ្ញាតពីក្រសួងការងារប៉ុណ្ណោះ',
    '仅在劳工部批准后方可解雇工会领导人及候选人',
    `${LABOUR_LAW}, Art. 293; ${TRADE_UNIONS}`,
  ],
  [
    'osh-emergency',
    'Emergency exit doors are accessible',
    'ទ្វារចេញពេលអាសន្នអាចចូលទៅដល់បាន',
    '紧急出口门可以通行',
    OSH,
  ],
  [
    'osh-emergency',
    'Access paths to exits are clear',
    'ផ្លូវទៅកាន់ទ្វារចេញគ្មានការរាំងស្ទះ',
    '通往出口的通道畅通',
    OSH,
  ],
  [
    'osh-emergency',
    'Fire extinguishers are sufficient, charged and within reach',
    'បំពង់ពន្លត់អគ្គិភ័យមានគ្រប់គ្រាន់ អាចប្រើបាន និងងាយស្រួលយក',
    '灭火器数量充足、有效且便于取用',
    OSH,
  ],
  [
    'osh-emergency',
    'Exits and evacuation routes are marked and lit',
    'ទ្វារចេញ និងផ្លូវជម្លៀសមានសញ្ញាសម្គាល់ និងពន្លឺ',
    '出口和疏散路线有标识和照明',
    OSH,
  ],
  [
    'osh-workplace',
    'First-aid supplies and trained first-aiders are available',
    'មានសម្ភារៈសង្គ្រោះបឋម និងអ្នកសង្គ្រោះបឋមដែលបានបណ្តុះបណ្តាល',
    '配备急救用品和受过培训的急救人员',
    OSH,
  ],
  [
    'osh-workplace',
    'Chemicals are labelled and stored safely',
    'សារធាតុគីមីមានស្លាកសញ្ញា និងត្រូវបានរក្សាទុកដោយសុវត្ថិភាព',
    '化学品有标签并安全存放',
    OSH,
  ],
  [
    'osh-workplace',
    'Workers have and use suitable personal protective equipment',
    'កម្មករមាន និងប្រើប្រាស់ឧបករណ៍ការពារខ្លួនដែលសមស្រប',
    '工人配备并使用合适的个人防护装备',
    OSH,
  ],
  [
    'osh-workplace',
    'Workplace temperature and ventilation are acceptable',
    'សីតុណ្ហភាព និងខ្យល់ចេញចូលនៅកន្លែងធ្វើការមានលក្ខណៈសមរម្យ',
    '工作场所温度和通风适宜',
    OSH,
  ],
  [
    'osh-workplace',
    'Workplace lighting is sufficient',
    'ពន្លឺនៅកន្លែងធ្វើការមានគ្រប់គ្រាន់',
    '工作场所照明充足',
    OSH,
  ],
  [
    'osh-workplace',
    'Toilets are sufficient and clean',
    'បង្គន់មានគ្រប់គ្រាន់ និងស្អាត',
    '厕所数量充足且清洁',
    OSH,
  ],
  [
    'osh-workplace',
    'An occupational safety and health committee is in place',
    'មានគណៈកម្មាធិការសុវត្ថិភាព និងសុខភាពការងារ',
    '设有职业安全与健康委员会',
    OSH,
  ],
  [
    'osh-workplace',
    'An infirmary and medical staff are provided as required',
    'មានបន្ទប់ពេទ្យ និងបុគ្គលិកពេទ្យតាមតម្រូវការច្បាប់',
    '按规定设有医务室和医务人员',
    OSH,
  ],
  [
    'wages',
    'Workers receive accurate payslips',
    'កម្មករទទួលបានបង្កាន់ដៃបើកប្រាក់ឈ្នួលត្រឹមត្រូវ',
    '工人收到准确的工资单',
    `${LABOUR_LAW} (wage payment provisions)`,
  ],
  [
    'wages',
    'Wages are paid on time, twice a month',
    'ប្រាក់ឈ្នួលត្រូវបានបើកទាន់ពេល ពីរដងក្នុងមួយខែ',
    '工资按时发放，每月两次',
    `${LABOUR_LAW}, Art. 113`,
  ],
  [
    'wages',
    'Deductions from wages are lawful',
    'ការកាត់ប្រាក់ឈ្នួលស្របតាមច្បាប់',
    '工资扣除合法',
    `${LABOUR_LAW} (wage protection provisions)`,
  ],
  [
    'wages',
    'Night work is paid at the legal premium',
    'ការងារពេលយប់ត្រូវបានបើកប្រាក់ឈ្នួលបន្ថែមតាមច្បាប់',
    '夜班按法定标准支付额外工资',
    `${LABOUR_LAW} (night work provisions)`,
  ],
  [
    'wages',
    'NSSF contributions are paid for all workers',
    'ភាគទានរបបសន្តិសុខសង្គម (ប.ស.ស.) ត្រូវបានបង់សម្រាប់កម្មករទាំងអស់',
    '为全体工人缴纳国家社会保障基金（NSSF）供款',
    'Law on Social Security Schemes; NSSF regulations',
  ],
  [
    'working-time',
    'Overtime is voluntary',
    'ការងារម៉ោងបន្ថែមគឺដោយស្ម័គ្រចិត្ត',
    '加班出于自愿',
    `${LABOUR_LAW}, Art. 139`,
  ],
  [
    'working-time',
    'Overtime does not exceed 2 hours a day',
    'ការងារម៉ោងបន្ថែមមិនលើសពី ២ ម៉ោងក្នុងមួយថ្ងៃ',
    '每日加班不超过2小时',
    `${LABOUR_LAW}, Art. 139 and its implementing Prakas`,
  ],
  [
    'working-time',
    'Regular hours do not exceed 8 a day and 48 a week',
    'ម៉ោងធ្វើការធម្មតាមិនលើសពី ៨ ម៉ោងក្នុងមួយថ្ងៃ និង ៤៨ ម៉ោងក្នុងមួយសប្តាហ៍',
    '正常工时每日不超过8小时、每周不超过48小时',
    `${LABOUR_LAW}, Art. 137`,
  ],
  [
    'working-time',
    'Workers have a weekly rest day',
    'កម្មករមានថ្ងៃឈប់សម្រាកប្រចាំសប្តាហ៍',
    '工人每周享有休息日',
    `${LABOUR_LAW}, Art. 146`,
  ],
  [
    'leave',
    'Paid annual leave is granted',
    'ការឈប់សម្រាកប្រចាំឆ្នាំដោយមានប្រាក់ឈ្នួលត្រូវបានផ្តល់ជូន',
    '给予带薪年假',
    `${LABOUR_LAW}, Art. 166`,
  ],
  [
    'leave',
    'Public holidays are paid',
    'ថ្ងៃបុណ្យសាធារណៈត្រូវបានបើកប្រាក់ឈ្នួល',
    '公众假日照发工资',
    `${LABOUR_LAW} (public holiday provisions)`,
  ],
  [
    'leave',
    'Maternity leave is paid at half wages',
    'ការឈប់សម្រាកលំហែមាតុភាពត្រូវបានបើកប្រាក់ឈ្នួលពាក់កណ្តាល',
    '产假期间支付半薪',
    `${LABOUR_LAW}, Art. 183`,
  ],
  [
    'leave',
    'Nursing breaks are given and a nursing room or day care is provided',
    'ផ្តល់ពេលបំបៅដោះកូន និងមានបន្ទប់បំបៅដោះកូន ឬថ្នាលរក្សាកុមារ',
    '给予哺乳时间并提供哺乳室或托儿所',
    `${LABOUR_LAW}, Arts. 184–186`,
  ],
  [
    'contracts',
    'Fixed-duration contracts stay within the legal limits',
    'កិច្ចសន្យាការងារមានថិរវេលាកំណត់ស្របតាមដែនកំណត់ច្បាប់',
    '定期合同符合法定限制',
    `${LABOUR_LAW}, Art. 67`,
  ],
  [
    'contracts',
    'Probation periods stay within the legal limit',
    'រយៈពេលសាកល្បងការងារមិនលើសពីដែនកំណត់ច្បាប់',
    '试用期不超过法定期限',
    `${LABOUR_LAW}, Art. 68`,
  ],
  [
    'contracts',
    'Seniority indemnity is paid correctly',
    'ប្រាក់បំណាច់អតីតភាពការងារត្រូវបានបើកត្រឹមត្រូវ',
    '正确支付工龄补偿金',
    `${LABOUR_LAW} as amended in 2018 (seniority indemnity)`,
  ],
  [
    'industrial-relations',
    'Shop stewards are elected by the workers',
    'តំណាងកម្មករត្រូវបានបោះឆ្នោតជ្រើសរើសដោយកម្មករ',
    '车间工人代表由工人选举产生',
    `${LABOUR_LAW} (shop steward provisions)`,
  ],
  [
    'industrial-relations',
    'Internal work rules are approved by the Ministry of Labour',
    'បទបញ្ជាផ្ទៃក្នុងត្រូវបានអនុម័តដោយក្រសួងការងារ',
    '内部规章经劳工部批准',
    `${LABOUR_LAW} (internal regulations provisions)`,
  ],
];

function toRequirement(track: Track, prefix: string, firstNumber: number) {
  return ([group, labelEn, labelKm, labelZh, legalRef]: Entry, index: number): Requirement => ({
    id: `${prefix}${String(firstNumber + index).padStart(2, '0')}`,
    track,
    group,
    labelEn,
    labelKm,
    labelZh,
    legalRef,
  });
}

/** The 52 requirements: CI01–CI21 (critical), then LR22–LR52 (key), in BFC's numbering. */
export function generateRequirements(): Requirement[] {
  return [
    ...CRITICAL.map(toRequirement('critical', 'CI', 1)),
    ...KEY.map(toRequirement('key', 'LR', CRITICAL.length + 1)),
  ];
}

export const REQUIREMENT_HEADER = [
  'id',
  'track',
  'group',
  'label_en',
  'label_km',
  'label_zh',
  'legal_ref',
  'legal_ref_km',
  'legal_ref_zh',
] as const;

export function requirementRows(requirements: readonly Requirement[]): string[][] {
  return requirements.map((r) => {
    const legalRef = translateLegalRef(r.legalRef);
    return [
      r.id,
      r.track,
      r.group,
      r.labelEn,
      r.labelKm,
      r.labelZh,
      r.legalRef,
      legalRef.km,
      legalRef.zh,
    ];
  });
}
