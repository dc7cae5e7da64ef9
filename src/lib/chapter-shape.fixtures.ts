/** A chapter in Chinese and English for the tests of its shape, its alignment and its parallel rows. */
export const development = {
  zh: `## 创业创新她行动

发放各类贷款<Num id="loans-issued"/>,带动扶持<Num id="women-supported"/>名妇女创业就业。

<Chart id="funds"/>

## 乡村振兴巾帼行动

涌现“干净人家”<Num id="clean-households"/>户。

第三段。
`,
  en: `## Her Action

Loans of <Num id="loans-issued"/> have been issued, supporting <Num id="women-supported"/> women.

<Chart id="funds"/>

## Women's Action for Rural Revitalisation

<Num id="clean-households"/> households have emerged as “Clean Homes”.

The third paragraph.
`,
};
