import { defineMessages } from '../messages'

/**
 * Text of the staff session (review board, officer desk): the account menu and the names of the
 * roles of packages/auth. Keys are `staffRole.<role>` and `scope.<level>` so a component builds
 * them from the session's values and the compiler checks every value has a name. Not for the
 * public app: citizens have no accounts.
 */
export const staffMessages = defineMessages(
  {
    'account.menu': '账户',
    'account.signedInAs': '当前登录：{name}',
    'account.username': '用户名：{username}',
    'account.roles': '角色',
    'account.changePassword': '修改密码',
    'account.signOut': '退出登录',
    'staffRole.officer': '社区民警',
    'staffRole.team_leader': '社区警务队队长',
    'staffRole.station_head': '派出所所长',
    'staffRole.branch_admin': '分局人口管理部门',
    'staffRole.board_member': '评审委员会委员',
    'staffRole.board_chair': '评审委员会主任',
    'staffRole.mediator': '祈和驿站调解员',
    'staffRole.auditor': '审计员',
    'scope.branch': '范围：全分局',
    'scope.station': '范围：本所',
    'scope.team': '范围：本队',
    'scope.own': '范围：本人',
  },
  {
    'account.menu': 'Account',
    'account.signedInAs': 'Signed in as {name}',
    'account.username': 'User name: {username}',
    'account.roles': 'Roles',
    'account.changePassword': 'Change password',
    'account.signOut': 'Sign out',
    'staffRole.officer': 'Community officer',
    'staffRole.team_leader': 'Team leader',
    'staffRole.station_head': 'Station head',
    'staffRole.branch_admin': 'Branch population department',
    'staffRole.board_member': 'Review board member',
    'staffRole.board_chair': 'Review board chair',
    'staffRole.mediator': 'Qihe Station mediator',
    'staffRole.auditor': 'Auditor',
    'scope.branch': 'Reach: the whole branch',
    'scope.station': 'Reach: own station',
    'scope.team': 'Reach: own team',
    'scope.own': 'Reach: own records',
  },
)
