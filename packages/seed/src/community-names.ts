// Community names per station (places, not people): the count per station is the article's
// where it gives one (交道口 7, 东四 6) and plausible elsewhere; 163 in all.
// Each entry: Chinese names separated by spaces, then their pinyin separated by commas.

// biome-ignore format: one station a line reads as a table
const NAMES: Record<string, readonly [zh: string, en: string]> = {
  donghuamen: ['多福巷 韶九 南池子 北河沿 东厂 智德 正义路 霞公府', 'Duofuxiang, Shaojiu, Nanchizi, Beiheyan, Dongchang, Zhide, Zhengyilu, Xiagongfu'],
  jingshan: ['黄化门 三眼井 吉祥 景山东街 大佛寺 钟鼓 魏家 汪芝麻', 'Huanghuamen, Sanyanjing, Jixiang, Jingshan Dongjie, Dafosi, Zhonggu, Weijia, Wangzhima'],
  jiaodaokou: ['交东 福祥 大兴 府学 鼓楼苑 菊儿 南锣鼓巷', "Jiaodong, Fuxiang, Daxing, Fuxue, Gulouyuan, Ju'er, Nanluoguxiang"],
  andingmen: ['钟楼湾 宝钞南 国子监 分司厅 五道营 花园 北锣鼓巷 方家胡同 交北头条 安德里', 'Zhonglouwan, Baochaonan, Guozijian, Fensiting, Wudaoying, Huayuan, Beiluoguxiang, Fangjia Hutong, Jiaobei Toutiao, Andeli'],
  beixinqiao: ['民安 九道湾 北官厅 门楼 新太仓 前永康 草园 香饵 海运仓 东四十条 北新仓 青龙', "Min'an, Jiudaowan, Beiguanting, Menlou, Xintaicang, Qianyongkang, Caoyuan, Xiang'er, Haiyuncang, Dongsi Shitiao, Beixincang, Qinglong"],
  dongsi: ['东四六条 东四七条 东四八条 豆瓣 朝西 东四北', 'Dongsi Liutiao, Dongsi Qitiao, Dongsi Batiao, Douban, Chaoxi, Dongsibei'],
  chaoyangmen: ['史家 内务 演乐 礼士 新鲜 竹杆 南竹杆 朝内头条', 'Shijia, Neiwu, Yanyue, Lishi, Xinxian, Zhugan, Nanzhugan, Chaonei Toutiao'],
  jianguomen: ['西总布 东总布 赵家楼 金宝街 大雅宝 建国里 贡院 站前 崇内', 'Xizongbu, Dongzongbu, Zhaojialou, Jinbaojie, Dayabao, Jianguoli, Gongyuan, Zhanqian, Chongnei'],
  dongzhimen: ['东直门外 清水苑 新中街 香河园 十字坡 东外大街 察慈 新中西里 胡家园 东环', 'Dongzhimenwai, Qingshuiyuan, Xinzhongjie, Xiangheyuan, Shizipo, Dongwai Dajie, Caci, Xinzhong Xili, Hujiayuan, Donghuan'],
  hepingli: ['和平里一区 和平里二区 和平里三区 和平里四区 和平里五区 和平里七区 和平里九区 青年湖 民旺 小黄庄 化工 兴化', 'Hepingli Yiqu, Hepingli Erqu, Hepingli Sanqu, Hepingli Siqu, Hepingli Wuqu, Hepingli Qiqu, Hepingli Jiuqu, Qingnianhu, Minwang, Xiaohuangzhuang, Huagong, Xinghua'],
  qianmen: ['草厂 大江 前门东 长巷 西打磨厂 鲜鱼口 北翔凤 阳平 布巷子', 'Caochang, Dajiang, Qianmendong, Changxiang, Xidamochang, Xianyukou, Beixiangfeng, Yangping, Buxiangzi'],
  chongwenmen: ['西花市 新怡家园 崇文门东 崇文门西 东兴隆 国瑞 东花市斜街', 'Xihuashi, Xinyi Jiayuan, Chongwenmen Dong, Chongwenmen Xi, Dongxinglong, Guorui, Donghuashi Xiejie'],
  tiantan: ['东晓市 西草市 金鱼池东 金鱼池西 天坛东里北 天坛东里南 永内东街 祈谷 幸福大街', 'Dongxiaoshi, Xicaoshi, Jinyuchi Dong, Jinyuchi Xi, Tiantan Dongli Bei, Tiantan Dongli Nan, Yongnei Dongjie, Qigu, Xingfu Dajie'],
  tiyuguanlu: ['四块玉 体育馆路 法华寺 东革新里 长青园 南岗子 西园子', 'Sikuaiyu, Tiyuguanlu, Fahuasi, Dong Gexinli, Changqingyuan, Nangangzi, Xiyuanzi'],
  longtan: ['龙潭北里 华城 左安门 光明楼 夕照寺 板厂 安化楼 培新 新家园', "Longtan Beili, Huacheng, Zuo'anmen, Guangminglou, Xizhaosi, Banchang, Anhualou, Peixin, Xinjiayuan"],
  yongdingmenwai: ['琉璃井 桃杨路 安乐林 定安里 木樨园 民主北街 宝华里 景泰 革新里 沙子口', "Liulijing, Taoyanglu, Anlelin, Ding'anli, Muxiyuan, Minzhu Beijie, Baohuali, Jingtai, Gexinli, Shazikou"],
  donghuashi: ['花市枣苑 忠实里 北羊市口 广渠门外 广渠门内 东花市北里 南花市', 'Huashi Zaoyuan, Zhongshili, Beiyangshikou, Guangqumenwai, Guangqumennei, Donghuashi Beili, Nanhuashi'],
  wangfujing: ['王府井 东安门 灯市口 金鱼胡同 校尉', "Wangfujing, Dong'anmen, Dengshikou, Jinyu Hutong, Xiaowei"],
  dongdan: ['东单北 西裱褙 苏州胡同 外交部街 北极阁', 'Dongdan Bei, Xibiaobei, Suzhou Hutong, Waijiaobujie, Beijige'],
  ditan: ['地坛 雍和宫 地坛北里 蒋宅口 外馆斜街', 'Ditan, Yonghegong, Ditan Beili, Jiangzhaikou, Waiguan Xiejie'],
}

/** A station's community base names (without 社区 / Community), zh and pinyin paired. */
export function communityNames(stationCode: string): { zh: string; en: string }[] {
  const entry = NAMES[stationCode]
  if (!entry) throw new Error(`no community names for station ${stationCode}`)
  const zh = entry[0].split(' ')
  const en = entry[1].split(', ')
  if (zh.length !== en.length) throw new Error(`${stationCode}: ${zh.length} names but ${en.length} pinyin`)
  return zh.map((name, i) => ({ zh: name, en: en[i] as string }))
}
