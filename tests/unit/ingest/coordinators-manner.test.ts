import { inlineAssignment } from '../../../src/ingest/tasks';

describe('manner words between "phối hợp" and "với" do not hide the coordinators', () => {
  it('"… có trách nhiệm phối hợp chặt chẽ, kịp thời với Sở GTVT để tham mưu …"', () => {
    // kinhtedothi.vn, Hà Nội on the Party's leadership of road safety.
    const a = inlineAssignment('Các sở, ban, ngành liên quan có trách nhiệm phối hợp chặt chẽ, kịp thời với Sở GTVT để tham mưu xây dựng Dự thảo Kế hoạch của UBND TP');
    expect(a).toEqual({ lead: ['Các sở, ban, ngành liên quan'], coordinators: ['Sở GTVT'] });
  });
});
