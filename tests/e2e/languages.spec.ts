/**
 * A non-English article: the popup says attribution reads English only
 * (instead of "No one is quoted"), even where the page claims lang="en", and
 * shows the page's text in its own direction. The article is of our own writing.
 */
import { test, expect } from './fixtures';

const PARAGRAPHS = [
  'صوّت المجلس البلدي يوم الثلاثاء على إعادة فتح الميناء القديم بعد إغلاق دام أكثر من عشر سنوات، في جلسة استمرت حتى ساعة متأخرة من الليل.',
  'وقالت رئيسة البلدية رُوث أوكافور للصحفيين إن القرار "سيعيد العبّارات إلى المدينة ويعيد الحياة إلى الواجهة البحرية".',
  'وكان عشرات السكان الذين طالبوا بإعادة الفتح لسنوات حاضرين في القاعة عندما أُعلنت النتيجة، وقال عدد منهم إنهم لم يتوقعوا هذا التصويت.',
  'ولا تزال الخطة بحاجة إلى موافقة السلطة الإقليمية التي تجتمع مجددًا في الربيع، بحسب ما أوضح المتحدث باسم المجلس.',
  'وأضاف المتحدث أن أعمال الترميم الأولى قد تبدأ في الصيف إذا وافقت السلطة على التمويل المطلوب للمشروع.',
  'ويقدّر مهندسو البلدية تكلفة إصلاح الأرصفة وتعميق القناة بنحو أربعين مليون يورو تُوزَّع على خمس سنوات.',
];

function arabicArticle(lang: string): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>المجلس يصوّت لإعادة فتح الميناء</title>
<meta property="og:type" content="article"></head><body><main><article>
<h1>المجلس يصوّت لإعادة فتح الميناء</h1>
<p class="byline">بقلم سلمى حداد</p>
${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}
</article></main></body></html>`;
}

for (const lang of ['ar', 'en']) {
  test(`an Arabic article (lang="${lang}") is told that speakers and claims are found in English articles only`, async ({
    site,
    openArticle,
    popupFor,
  }) => {
    site.route('/arabic.html', arabicArticle(lang));
    const { tabId } = await openArticle(site.url('/arabic.html'));
    const popup = await popupFor(tabId);
    await expect(popup.title()).toHaveText('المجلس يصوّت لإعادة فتح الميناء');
    await expect(popup.title()).toHaveAttribute('dir', 'auto');
    await expect(popup.section('Speakers')).toContainText('Speakers and claims are found in English articles only');
    await expect(popup.page.getByText('No one is quoted in this article.')).toHaveCount(0);
  });
}

test('an English article keeps its speakers, shown in their own direction', async ({ site, openArticle, popupFor }) => {
  const { tabId } = await openArticle(site.url('/sample-article.html'));
  const popup = await popupFor(tabId);
  await expect(popup.speakers().first()).toBeVisible();
  await expect(popup.page.getByText('English articles only')).toHaveCount(0);
  await expect(popup.speakers().first().locator('.nm-speaker-name')).toHaveAttribute('dir', 'auto');
});
