import type { Rng } from './prng'

// People's names are synthetic: a common surname and one or two given-name characters drawn
// at random, with a pinyin-like English form. They name nobody in the article.

export type Label = { zh: string; en: string }

type Syllable = readonly [zh: string, pinyin: string]

/** Pairs each character with its pinyin; kept as two strings so the lists stay readable. */
function syllables(chars: string, pinyin: string): readonly Syllable[] {
  const zh = [...chars]
  const en = pinyin.split(' ')
  if (zh.length !== en.length) throw new Error(`syllable lists differ: ${zh.length} characters, ${en.length} pinyin`)
  return zh.map((c, i) => [c, en[i] as string] as const)
}

const SURNAMES = syllables(
  '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎潘杜戴夏钟田任范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦史顾侯邵孟龙段雷钱尹常武乔贺龚文关齐',
  'Wang Li Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Hu Zhu Gao Lin He Guo Ma Luo Liang Song ' +
    'Zheng Xie Han Tang Feng Yu Dong Cheng Cao Yuan Deng Fu Shen Zeng Peng Lyu Su Lu Jiang Cai Jia ' +
    'Ding Wei Xue Ye Yan Pan Du Dai Xia Zhong Tian Ren Fan Fang Shi Yao Tan Liao Zou Xiong Jin Lu ' +
    'Hao Kong Bai Cui Kang Mao Qiu Qin Shi Gu Hou Shao Meng Long Duan Lei Qian Yin Chang Wu Qiao He ' +
    'Gong Wen Guan Qi',
)

const GIVEN = syllables(
  '伟芳娜敏静丽强磊军洋勇艳杰涛明秀霞平刚华建国志宏海东晓文辉鹏宇浩博思雪婷然琳欣亮斌峰晨阳凯悦佳慧颖泽轩昊睿哲新春玉兰红燕健成松振永德庆宁安嘉子心航帆毅诚岩旭楠琪萌倩蕾晶梅莉卫兵胜鑫超',
  'wei fang na min jing li qiang lei jun yang yong yan jie tao ming xiu xia ping gang hua jian guo ' +
    'zhi hong hai dong xiao wen hui peng yu hao bo si xue ting ran lin xin liang bin feng chen yang ' +
    'kai yue jia hui ying ze xuan hao rui zhe xin chun yu lan hong yan jian cheng song zhen yong de ' +
    'qing ning an jia zi xin hang fan yi cheng yan xu nan qi meng qian lei jing mei li wei bing ' +
    'sheng xin chao',
)

/** People the article names (an officer and the magazine's editors): never generated. */
export const ARTICLE_PEOPLE: readonly string[] = ['张天格', '王雨馨', '陈立超', '欧阳锋']

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

/** Pinyin joins syllables; one starting with a, o or e after another takes an apostrophe (Jia'an). */
function joinPinyin(parts: readonly string[]): string {
  return parts.reduce((out, s, i) => (i > 0 && /^[aoe]/.test(s) ? `${out}'${s}` : out + s), '')
}

/** A name source that never repeats a name in the district. */
export function createNamer(rng: Rng): () => Label {
  const used = new Set<string>(ARTICLE_PEOPLE)
  return () => {
    for (;;) {
      const [surnameZh, surnameEn] = rng.pick(SURNAMES)
      // Three-character names are the more common in this generation of officers.
      const given = rng.next() < 0.7 ? [rng.pick(GIVEN), rng.pick(GIVEN)] : [rng.pick(GIVEN)]
      const zh = surnameZh + given.map(([c]) => c).join('')
      if (used.has(zh)) continue
      used.add(zh)
      return { zh, en: `${surnameEn} ${capitalise(joinPinyin(given.map(([, p]) => p)))}` }
    }
  }
}
