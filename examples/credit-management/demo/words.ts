/** @module The words demo companies and people are made of: cities by region with their division codes, trade names, industries, names. */

/** A city: its name and the administrative division code a credit code starts with. */
export interface City {
  readonly name: string;
  readonly code: string;
}

/** The cities of each region of the customer form (GB/T 2260 codes of the city or a district of it). */
export const CITIES: Readonly<Record<string, readonly City[]>> = {
  east: [
    { name: '上海', code: '310115' }, { name: '苏州', code: '320505' }, { name: '杭州', code: '330106' }, { name: '宁波', code: '330212' },
    { name: '南京', code: '320104' }, { name: '无锡', code: '320214' }, { name: '常州', code: '320411' }, { name: '温州', code: '330302' },
    { name: '合肥', code: '340104' }, { name: '福州', code: '350102' }, { name: '厦门', code: '350203' }, { name: '济南', code: '370102' },
    { name: '青岛', code: '370212' },
  ],
  south: [
    { name: '广州', code: '440106' }, { name: '深圳', code: '440305' }, { name: '东莞', code: '441900' }, { name: '佛山', code: '440604' },
    { name: '珠海', code: '440402' }, { name: '南宁', code: '450103' }, { name: '海口', code: '460106' },
  ],
  north: [
    { name: '北京', code: '110105' }, { name: '天津', code: '120116' }, { name: '石家庄', code: '130102' }, { name: '太原', code: '140105' },
    { name: '唐山', code: '130203' }, { name: '保定', code: '130606' }, { name: '呼和浩特', code: '150102' },
  ],
  central: [
    { name: '武汉', code: '420106' }, { name: '长沙', code: '430104' }, { name: '郑州', code: '410105' }, { name: '南昌', code: '360102' },
    { name: '洛阳', code: '410305' }, { name: '襄阳', code: '420606' },
  ],
  southwest: [{ name: '成都', code: '510107' }, { name: '重庆', code: '500103' }, { name: '昆明', code: '530102' }, { name: '贵阳', code: '520102' }, { name: '绵阳', code: '510703' }],
  northwest: [{ name: '西安', code: '610113' }, { name: '兰州', code: '620102' }, { name: '银川', code: '640104' }, { name: '西宁', code: '630104' }, { name: '乌鲁木齐', code: '650102' }],
  northeast: [{ name: '沈阳', code: '210102' }, { name: '大连', code: '210204' }, { name: '长春', code: '220102' }, { name: '哈尔滨', code: '230102' }, { name: '鞍山', code: '210302' }],
};

/** How many customers each region has, relatively (the east and south trade most). */
export const REGION_WEIGHTS = { east: 30, south: 20, north: 15, central: 12, southwest: 10, northwest: 6, northeast: 7 } as const;

/** Trade names (字号): two characters each. */
export const TRADE_NAMES = [
  '恒信', '华通', '金泰', '鑫源', '宏达', '远航', '中联', '天成', '瑞丰', '新锐', '博远', '永盛', '广汇', '海川', '正泰', '东升',
  '晨光', '嘉禾', '德润', '安泰', '盛世', '明阳', '宇通', '腾飞', '万邦', '百川', '三和', '同创', '利民', '卓越', '华茂', '兴业',
  '开元', '锦程', '长风', '红星', '九州', '合力', '精诚', '聚力', '鼎盛', '信达', '启航', '伟业', '泰和', '众诚', '汇丰', '凯旋',
] as const;

/** What a company of each industry calls itself, after its trade name. */
export const INDUSTRY_WORDS: Readonly<Record<string, readonly string[]>> = {
  manufacturing: ['精密机械', '电子科技', '汽车零部件', '包装材料', '化工', '塑胶制品', '电气设备', '五金制品', '纺织'],
  wholesale: ['商贸', '贸易', '供应链管理', '物资', '百货', '医药连锁'],
  construction: ['建设工程', '建筑安装', '市政工程', '装饰工程', '路桥建设'],
  steel: ['钢铁', '特钢', '金属材料', '钢管', '冶金'],
  real_estate: ['置业', '房地产开发', '地产', '城市建设投资'],
  services: ['物流', '餐饮管理', '物业服务', '人力资源', '冷链物流'],
  technology: ['信息技术', '软件', '网络科技', '智能科技', '数据科技'],
};

/** How many customers each industry has, relatively. */
export const INDUSTRY_WEIGHTS = { manufacturing: 32, wholesale: 22, construction: 12, steel: 7, real_estate: 6, services: 11, technology: 10 } as const;

export const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '罗', '高', '郑', '梁', '谢', '宋', '唐', '许', '韩', '冯', '邓', '曹'] as const;
export const GIVEN_NAMES = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀英', '华', '平', '建国', '志强', '海燕', '晓东', '雪梅', '国庆', '红霞', '文博', '子涵', '浩然'] as const;
export const CONTACT_TITLES = ['财务经理', '采购经理', '总经理', '财务总监', '采购主管', '副总经理'] as const;
export const BANKS = ['中国工商银行', '中国建设银行', '中国农业银行', '中国银行', '交通银行', '招商银行', '兴业银行', '浦发银行', '中信银行', '民生银行'] as const;

/** Why a customer went on the blacklist. */
export const BLACKLIST_REASONS = ['恶意拖欠货款超过一年，多次催收无果', '提供虚假财务报表骗取授信', '法定代表人失联，公司被列为失信被执行人', '以货抵债后转移资产'] as const;

/** Pending lawsuits a customer may have. */
export const LAWSUITS = ['买卖合同纠纷，标的 380 万元', '建设工程施工合同纠纷，标的 1,260 万元', '借款合同纠纷，被列为被告', '劳动争议仲裁 12 起'] as const;

/** Why a salesperson applies for a higher limit. */
export const APPLICATION_REASONS = ['旺季备货，订单量增加', '新签年度框架协议，需提高额度', '新增产品线采购', '客户扩产，月采购额上升约 40%', '首次合作，申请试探额度以上的授信'] as const;
