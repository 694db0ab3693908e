import { defineMessages } from '@platform/ui'

/** The public satisfaction short form (loaded with its page, not on the first load). */
export const surveyMessages = defineMessages(
  {
    'survey.title': '社区警务满意度调查',
    'survey.lead': '只需两步：选择您所在的社区，再选择您的满意程度。不需要账号，也不收集您的姓名、电话等个人信息。',
    'survey.community': '您所在的社区',
    'survey.communityChoose': '请选择社区',
    'survey.question': '您对所在社区民警的工作满意吗？',
    'survey.score.5': '非常满意',
    'survey.score.4': '满意',
    'survey.score.3': '一般',
    'survey.score.2': '不满意',
    'survey.score.1': '非常不满意',
    'survey.submit': '提交评价',
    'survey.sending': '正在提交…',
    'survey.error.community': '请选择您所在的社区。',
    'survey.error.score': '请选择一个满意程度。',
    'survey.error.summary': '请更正标出的 {count} 项后再提交。',
    'survey.notice.rateLimited':
      '刚才从您的网络提交的评价较多，请约一分钟后再点“提交评价”。您的选择已保留，不会重复计入。',
    'survey.notice.failed': '评价没有发送成功，请检查网络后重试。您的选择已保留，不会重复计入。',
    'survey.thanks.title': '感谢您的评价',
    'survey.thanks.lead': '您的评价已记录，将用于社区民警的考核。',
    'survey.thanks.home': '返回首页',
  },
  {
    'survey.title': 'Community policing satisfaction survey',
    'survey.lead':
      'Two steps: choose your community, then how satisfied you are. No account is needed, and no name, phone number or other personal data is collected.',
    'survey.community': 'Your community',
    'survey.communityChoose': 'Choose a community',
    'survey.question': 'How satisfied are you with the work of the police officer in your community?',
    'survey.score.5': 'Very satisfied',
    'survey.score.4': 'Satisfied',
    'survey.score.3': 'Neutral',
    'survey.score.2': 'Dissatisfied',
    'survey.score.1': 'Very dissatisfied',
    'survey.submit': 'Send my answer',
    'survey.sending': 'Sending…',
    'survey.error.community': 'Choose your community.',
    'survey.error.score': 'Choose how satisfied you are.',
    'survey.error.summary': 'Please correct the {count} marked fields and send again.',
    'survey.notice.rateLimited':
      'Many answers came from your network just now. Please press "Send my answer" again in about a minute. Your choice is kept and will not be counted twice.',
    'survey.notice.failed':
      'Your answer could not be sent. Please check your connection and try again. Your choice is kept and will not be counted twice.',
    'survey.thanks.title': 'Thank you for your answer',
    'survey.thanks.lead': "Your answer is recorded; it counts in the community officers' assessment.",
    'survey.thanks.home': 'Back to the home page',
  },
)
