/**
 * The demo data's Khmer and Chinese texts for what the generator writes in English: cycle labels,
 * legal bases, provinces, the dataset's title and publisher. Terms follow src/i18n/glossary.md.
 * A legal basis the rules below cannot translate stops the generator, so the demo data never
 * leaves a text in English by oversight.
 */

export interface Translated {
  km: string;
  zh: string;
}

export const DATASET_TEXTS = {
  title: {
    km: 'អនុលោមភាពរបស់រោងចក្រកាត់ដេរនៅកម្ពុជា (ទិន្នន័យសាកល្បងប្រឌិត)',
    zh: '柬埔寨制衣厂合规情况（虚构示范数据）',
  },
  publisher: { km: 'កម្មវិធីត្រួតពិនិត្យសាកល្បង', zh: '示范监测项目' },
} as const satisfies Record<string, Translated>;

export function halfYearLabel(year: number, firstHalf: boolean): Translated {
  return firstHalf
    ? { km: `មករា–មិថុនា ${year}`, zh: `${year}年1月至6月` }
    : { km: `កក្កដា–ធ្នូ ${year}`, zh: `${year}年7月至12月` };
}

export const yearLabel = (year: number): Translated => ({
  km: `ឆ្នាំរបាយការណ៍ ${year}`,
  zh: `${year}报告年度`,
});

/** Province names as Cambodia's gazetteer and Chinese-language press write them. */
export const PROVINCE_NAMES: Readonly<Record<string, Translated>> = {
  'Phnom Penh': { km: 'ភ្នំពេញ', zh: '金边' },
  Kandal: { km: 'កណ្ដាល', zh: '干丹' },
  'Kampong Speu': { km: 'កំពង់ស្ពឺ', zh: '磅士卑' },
  'Svay Rieng': { km: 'ស្វាយរៀង', zh: '柴桢' },
  Takeo: { km: 'តាកែវ', zh: '茶胶' },
  'Kampong Chhnang': { km: 'កំពង់ឆ្នាំង', zh: '磅清扬' },
  'Kampong Cham': { km: 'កំពង់ចាម', zh: '磅湛' },
  'Preah Sihanouk': { km: 'ព្រះសីហនុ', zh: '西哈努克' },
  Pursat: { km: 'ពោធិ៍សាត់', zh: '菩萨' },
  'Prey Veng': { km: 'ព្រៃវែង', zh: '波罗勉' },
  'Tbong Khmum': { km: 'ត្បូងឃ្មុំ', zh: '特本克蒙' },
  Kampot: { km: 'កំពត', zh: '贡布' },
  'Siem Reap': { km: 'សៀមរាប', zh: '暹粒' },
  Battambang: { km: 'បាត់ដំបង', zh: '马德望' },
};

const LAWS: Readonly<Record<string, Translated>> = {
  'Labour Law 1997': { km: 'ច្បាប់ស្តីពីការងារ ឆ្នាំ1997', zh: '1997年《劳动法》' },
  'Law on Trade Unions 2016': { km: 'ច្បាប់ស្តីពីសហជីព ឆ្នាំ2016', zh: '2016年《工会法》' },
  'Law on Social Security Schemes': {
    km: 'ច្បាប់ស្តីពីរបបសន្តិសុខសង្គម',
    zh: '《社会保障制度法》',
  },
  'NSSF regulations': { km: 'បទប្បញ្ញត្តិរបស់ ប.ស.ស.', zh: '国家社会保障基金条例' },
  'annual minimum wage Prakas': {
    km: 'ប្រកាសស្តីពីប្រាក់ឈ្នួលអប្បបរមាប្រចាំឆ្នាំ',
    zh: '年度最低工资部长令',
  },
};

const TOPICS: Readonly<Record<string, Translated>> = {
  'employment contracts and seniority': {
    km: 'កិច្ចសន្យាការងារ និងអតីតភាពការងារ',
    zh: '劳动合同与工龄',
  },
  'health and safety provisions': { km: 'បទប្បញ្ញត្តិសុខភាព និងសុវត្ថិភាព', zh: '健康与安全条款' },
  'internal regulations provisions': { km: 'បទប្បញ្ញត្តិបទបញ្ជាផ្ទៃក្នុង', zh: '内部规章条款' },
  'night work provisions': { km: 'បទប្បញ្ញត្តិការងារពេលយប់', zh: '夜间工作条款' },
  'non-discrimination and maternity protection': {
    km: 'ការមិនរើសអើង និងការការពារមាតុភាព',
    zh: '禁止歧视与生育保护',
  },
  'public holiday provisions': { km: 'បទប្បញ្ញត្តិថ្ងៃឈប់សម្រាកបុណ្យ', zh: '公共假日条款' },
  'shop steward provisions': { km: 'បទប្បញ្ញត្តិតំណាងកម្មករ', zh: '车间工人代表条款' },
  'wage payment provisions': { km: 'បទប្បញ្ញត្តិការបើកប្រាក់ឈ្នួល', zh: '工资支付条款' },
  'wage protection provisions': { km: 'បទប្បញ្ញត្តិការការពារប្រាក់ឈ្នួល', zh: '工资保护条款' },
  'seniority indemnity': { km: 'ប្រាក់បំណាច់អតីតភាពការងារ', zh: '工龄补偿金' },
};

function unknown(part: string): never {
  throw new Error(`no Khmer and Chinese text for the legal basis "${part}"`);
}

/** One `;`-separated part of a legal basis, e.g. "Labour Law 1997, Arts. 15–16". */
function translatePart(part: string): Translated {
  const match =
    /^(?<law>.+?)(?<amended> as amended in (?<year>\d{4}))?(?:, Arts?\. (?<articles>[\d–]+))?(?<prakas> and its implementing Prakas)?(?: \((?<topic>[^)]+)\))?$/.exec(
      part,
    );
  const groups = match?.groups;
  const law = groups?.['law'] === undefined ? undefined : LAWS[groups['law']];
  if (groups === undefined || law === undefined) return unknown(part);
  let km = law.km;
  let zh = law.zh;
  if (groups['year'] !== undefined) {
    km += ` ដែលបានធ្វើវិសោធនកម្មឆ្នាំ${groups['year']}`;
    zh += `（${groups['year']}年修订）`;
  }
  if (groups['articles'] !== undefined) {
    km += ` មាត្រា ${groups['articles']}`;
    zh += `第${groups['articles']}条`;
  }
  if (groups['prakas'] !== undefined) {
    km += ' និងប្រកាសអនុវត្ត';
    zh += '及其实施部长令';
  }
  if (groups['topic'] !== undefined) {
    const topic = TOPICS[groups['topic']] ?? unknown(part);
    km += ` (${topic.km})`;
    zh += `（${topic.zh}）`;
  }
  return { km, zh };
}

export function translateLegalRef(legalRef: string): Translated {
  const parts = legalRef.split('; ').map(translatePart);
  return { km: parts.map((p) => p.km).join('; '), zh: parts.map((p) => p.zh).join('；') };
}
