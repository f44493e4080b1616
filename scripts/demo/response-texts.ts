export type Language = 'en' | 'km' | 'zh';

type Texts = Readonly<Record<Language, string>>;

/** What a factory says it did about the findings it is most often asked about, by requirement. */
const ACTIONS_BY_REQUIREMENT: Readonly<Record<string, Texts>> = {
  CI14: {
    en: 'A full evacuation drill was held with all shifts and the next one is scheduled in six months.',
    km: 'សមយុទ្ធជម្លៀសពេញលេញត្រូវបានធ្វើឡើងជាមួយវេនការងារទាំងអស់ ហើយសមយុទ្ធបន្ទាប់ត្រូវបានកំណត់ក្នុងរយៈពេលប្រាំមួយខែទៀត។',
    zh: '已组织所有班次进行全面疏散演习，下一次演习定于六个月后举行。',
  },
  CI15: {
    en: 'The locks were removed and the exit doors now stay unlocked during working hours.',
    km: 'សោត្រូវបានដកចេញ ហើយទ្វារចេញឥឡូវនេះមិនចាក់សោទេក្នុងម៉ោងធ្វើការ។',
    zh: '门锁已拆除，工作时间内出口门不再上锁。',
  },
  CI16: {
    en: 'Two additional emergency exits were built in the sewing hall.',
    km: 'ទ្វារចេញពេលអាសន្នចំនួនពីរបន្ថែមត្រូវបានសាងសង់នៅក្នុងរោងដេរ។',
    zh: '缝纫车间已新增两个紧急出口。',
  },
  CI17: {
    en: 'Guards were fitted to the belts and pulleys of every machine concerned.',
    km: 'របាំងការពារត្រូវបានបំពាក់លើខ្សែក្រវ៉ាត់ និងរ៉ក់នៃម៉ាស៊ីនពាក់ព័ន្ធទាំងអស់។',
    zh: '所有相关机器的皮带和滑轮均已加装防护罩。',
  },
  CI18: {
    en: 'New water filters were installed and drinking water is now tested every month.',
    km: 'ម៉ាស៊ីនចម្រោះទឹកថ្មីត្រូវបានដំឡើង ហើយទឹកផឹកឥឡូវនេះត្រូវបានធ្វើតេស្តរៀងរាល់ខែ។',
    zh: '已安装新的净水器，饮用水现每月检测一次。',
  },
};

/** The same, for any other requirement of a group. */
const ACTIONS_BY_GROUP: Readonly<Record<string, Texts>> = {
  'fundamental-rights': {
    en: 'Management trained all supervisors on the law and set up a confidential complaint channel.',
    km: 'ថ្នាក់គ្រប់គ្រងបានបណ្តុះបណ្តាលប្រធានក្រុមទាំងអស់អំពីច្បាប់ និងបានបង្កើតយន្តការប្តឹងតវ៉ាជាសម្ងាត់។',
    zh: '管理层已就相关法律培训所有主管，并设立了保密投诉渠道。',
  },
  'osh-emergency': {
    en: 'The hazard was removed and the safety committee now checks exits and equipment every week.',
    km: 'គ្រោះថ្នាក់ត្រូវបានលុបបំបាត់ ហើយគណៈកម្មាធិការសុវត្ថិភាពឥឡូវនេះត្រួតពិនិត្យទ្វារចេញ និងឧបករណ៍ជារៀងរាល់សប្តាហ៍។',
    zh: '隐患已消除，安全委员会现每周检查出口和设备。',
  },
  'osh-workplace': {
    en: 'The safety committee inspected the workshop and the equipment concerned was repaired or replaced.',
    km: 'គណៈកម្មាធិការសុវត្ថិភាពបានត្រួតពិនិត្យរោងជាង ហើយឧបករណ៍ពាក់ព័ន្ធត្រូវបានជួសជុល ឬផ្លាស់ប្តូរ។',
    zh: '安全委员会已检查车间，相关设备已维修或更换。',
  },
  wages: {
    en: 'Payroll was corrected and the arrears were paid to every worker concerned.',
    km: 'បញ្ជីបើកប្រាក់ឈ្នួលត្រូវបានកែតម្រូវ ហើយប្រាក់ដែលនៅជំពាក់ត្រូវបានបើកជូនកម្មករពាក់ព័ន្ធគ្រប់រូប។',
    zh: '工资单已更正，欠款已支付给每一位相关工人。',
  },
  contracts: {
    en: "Contracts were reviewed and length of service now counts from each worker's first day.",
    km: 'កិច្ចសន្យាត្រូវបានពិនិត្យឡើងវិញ ហើយអតីតភាពការងារឥឡូវនេះត្រូវបានគិតចាប់ពីថ្ងៃដំបូងនៃការងាររបស់កម្មករម្នាក់ៗ។',
    zh: '合同已重新审核，工龄现从每位工人入职第一天起计算。',
  },
  'working-time': {
    en: 'Overtime is now recorded, voluntary and capped at two hours a day.',
    km: 'ម៉ោងបន្ថែមឥឡូវនេះត្រូវបានកត់ត្រា ធ្វើដោយស្ម័គ្រចិត្ត និងមិនលើសពីពីរម៉ោងក្នុងមួយថ្ងៃ។',
    zh: '加班现已登记、出于自愿，并且每天不超过两小时。',
  },
  leave: {
    en: 'Leave records were corrected and the outstanding leave pay was settled.',
    km: 'កំណត់ត្រាការឈប់សម្រាកត្រូវបានកែតម្រូវ ហើយប្រាក់ឈ្នួលការឈប់សម្រាកដែលនៅជំពាក់ត្រូវបានទូទាត់។',
    zh: '假期记录已更正，未付的假期工资已结清。',
  },
  'industrial-relations': {
    en: 'The internal rules were submitted to the Ministry of Labour and shop steward elections were scheduled.',
    km: 'បទបញ្ជាផ្ទៃក្នុងត្រូវបានដាក់ជូនក្រសួងការងារ ហើយការបោះឆ្នោតជ្រើសរើសតំណាងកម្មករត្រូវបានកំណត់ពេល។',
    zh: '内部规章已提交劳工部，工人代表选举已安排日期。',
  },
};

export function factoryResponse(
  language: Language,
  label: string,
  requirementId: string,
  group: string,
): string {
  const action =
    (ACTIONS_BY_REQUIREMENT[requirementId] ?? ACTIONS_BY_GROUP[group])?.[language] ?? '';
  switch (language) {
    case 'en':
      return `Response to the finding "${label}": ${action} We ask the monitoring programme to verify this at its next visit.`;
    case 'km':
      return `ចម្លើយចំពោះការរកឃើញ «${label}»៖ ${action} យើងស្នើឱ្យកម្មវិធីត្រួតពិនិត្យផ្ទៀងផ្ទាត់រឿងនេះនៅពេលចុះពិនិត្យលើកក្រោយ។`;
    case 'zh':
      return `关于“${label}”这一发现的回应：${action}我们请监测项目在下次访问时予以核实。`;
  }
}

export function unionResponse(language: Language, label: string, union: string): string {
  switch (language) {
    case 'en':
      return `Statement by ${union}: the union disputes that the finding "${label}" has been fixed; workers report no change since the assessment.`;
    case 'km':
      return `សេចក្តីថ្លែងការណ៍របស់ ${union}៖ សហជីពមិនយល់ស្របថាការរកឃើញ «${label}» ត្រូវបានដោះស្រាយហើយនោះទេ។ កម្មកររាយការណ៍ថាមិនមានការផ្លាស់ប្តូរទេ ចាប់តាំងពីការវាយតម្លៃ។`;
    case 'zh':
      return `${union}声明：工会不认同“${label}”这一问题已得到纠正；工人反映自评估以来情况没有改变。`;
  }
}

export function factoryStatement(language: Language): string {
  switch (language) {
    case 'en':
      return 'The factory has adopted a remediation plan covering every finding of its last assessment and has appointed a compliance officer.';
    case 'km':
      return 'រោងចក្របានអនុម័តផែនការកែតម្រូវដែលគ្របដណ្តប់លើការរកឃើញទាំងអស់នៃការវាយតម្លៃចុងក្រោយ និងបានតែងតាំងមន្ត្រីទទួលបន្ទុកការអនុលោមតាមច្បាប់។';
    case 'zh':
      return '工厂已通过一项涵盖上次评估全部发现的整改计划，并任命了一名合规专员。';
  }
}

export function unionStatement(language: Language, union: string): string {
  switch (language) {
    case 'en':
      return `Statement by ${union}: the union asks to be consulted on the factory's remediation plan.`;
    case 'km':
      return `សេចក្តីថ្លែងការណ៍របស់ ${union}៖ សហជីពស្នើសុំឱ្យរោងចក្រពិគ្រោះយោបល់ជាមួយសហជីពលើផែនការកែតម្រូវ។`;
    case 'zh':
      return `${union}声明：工会要求工厂就整改计划征求工会意见。`;
  }
}
