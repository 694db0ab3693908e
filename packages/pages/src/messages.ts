import { defineMessages } from '@platform/ui/messages'
import { staffMessages } from '@platform/ui/staff-messages'

/**
 * Text of the platform header and page frame (the gateway's pages, the disputes worker's
 * no-JavaScript pages and the header streamed into every app). Role and reach names come from the
 * staff dictionary the apps use, so a role has one name everywhere.
 */
const headerMessages = defineMessages(
  {
    'platform.name': '东城分局社区警务平台',
    'platform.footer': '预防在前 · 社区民警专职化',
    'header.skipToMain': '跳到主要内容',
    'header.language': '语言',
    'header.apps': '切换应用',
    'header.appsNav': '平台应用',
    'app./desk': '社区民警工作台',
    'app./board': '评审委员会',
    'app./qihe': '祈和驿站',
    'language.zh-CN': '中文',
    'language.en': 'English',
  },
  {
    'platform.name': 'Dongcheng Branch Community Policing Platform',
    'platform.footer': 'Prevention first · dedicated community officers',
    'header.skipToMain': 'Skip to main content',
    'header.language': 'Language',
    'header.apps': 'Switch app',
    'header.appsNav': 'Platform apps',
    'app./desk': 'Officer desk',
    'app./board': 'Review board',
    'app./qihe': 'Qihe Station',
    'language.zh-CN': '中文',
    'language.en': 'English',
  },
)

export const pageMessages = {
  'zh-CN': { ...headerMessages['zh-CN'], ...staffMessages['zh-CN'] },
  en: { ...headerMessages.en, ...staffMessages.en },
}
export type PageMessageKey = keyof (typeof pageMessages)['en']
