import { defineMessages } from '../messages'

/** The review board (apps/review-board): members and the district at a glance. */
export const boardMessages = defineMessages(
  {
    'board.appTitle': '评审委员会',
    'board.home.title': '容错免责与评功授奖评审委员会',
    'board.home.lead':
      '委员会审议社区民警的容错免责申请，以及评功授奖、“季度之星”等奖励提名。依法履职中因偶发事件或不可抗力未达预期、且未造成严重后果的，最大限度免除责任。',
    'board.members.title': '委员会成员',
    'board.members.caption': '成员及所在单位（主任在前）',
    'board.members.none': '尚未登记委员会成员。',
    'board.col.name': '姓名',
    'board.col.role': '职务',
    'board.col.unit': '所在单位',
    'board.col.status': '状态',
    'board.status.active': '在任',
    'board.status.inactive': '已离任',
    'board.district.title': '全区概况',
    'board.district.stations': '户籍派出所',
    'board.district.communities': '社区',
    'board.district.dedicatedOfficers': '专职社区民警',
    'board.district.groups': '社区警组',
  },
  {
    'board.appTitle': 'Review board',
    'board.home.title': 'Review board for exemptions and rewards',
    'board.home.lead':
      'The board decides fault-tolerance exemptions for community officers and reward nominations such as commendations and “star of the quarter”. An officer who, while lawfully performing duties, misses an expected result because of an accidental event or force majeure, without serious consequences, is exempted from responsibility as far as possible.',
    'board.members.title': 'Board members',
    'board.members.caption': 'Members and their units (chair first)',
    'board.members.none': 'No board member is registered yet.',
    'board.col.name': 'Name',
    'board.col.role': 'Role',
    'board.col.unit': 'Unit',
    'board.col.status': 'Status',
    'board.status.active': 'Serving',
    'board.status.inactive': 'Former member',
    'board.district.title': 'The district at a glance',
    'board.district.stations': 'Police stations',
    'board.district.communities': 'Communities',
    'board.district.dedicatedOfficers': 'Dedicated community officers',
    'board.district.groups': 'Community police groups',
  },
)
