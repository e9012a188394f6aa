# When the person is, or speaks about, someone under 18 (domain.md §8): name 111 (free, 24/7, for children and for
# adults worried about a child; also the anti-trafficking line, Decree 162/2025), never promise secrecy, say who
# can read what is written, offer to talk to a trusted adult.
# source: 111 — plo.vn/xa-hoi/tong-dai-quoc-gia-bao-ve-tre-em-111-727850.html; free of charge: Nghị định 56/2017/NĐ-CP Điều 23 (domain.md §1)

children-screen =
    Nếu em dưới 18 tuổi, hoặc bạn đang lo cho một đứa trẻ: gọi 111 — Tổng đài quốc gia bảo vệ trẻ em, miễn phí, 24/7, có người nghe máy. Người lớn lo cho một trẻ em cũng gọi được. Đang nguy hiểm: gọi 113.
    Ai đọc được những gì em viết: người cầm điện thoại này có thể đọc cuộc trò chuyện. Mình chỉ lưu những gì em chọn gửi; nếu em gửi báo cáo, những người làm việc cho dịch vụ này có thể đọc báo cáo đó.
    Mình không thể hứa giữ bí mật tuyệt đối: nếu em đang gặp nguy hiểm, người lớn giúp em có thể phải báo cho người có trách nhiệm bảo vệ em — để giữ em an toàn.
    Nói với một người lớn mà em tin (ông bà, cô chú, thầy cô, mẹ của bạn…) cũng là một bước tốt.
children-trusted-adult = Nói với người lớn em tin thế nào?
children-trusted-adult-tips =
    Chọn một người lớn em thấy an toàn, không phải người làm em đau. Em có thể nói ngắn thôi: “Con/em có chuyện khó nói, cô/chú nghe con/em được không?” Nếu người đó không tin, hãy nói với một người khác, hoặc gọi 111 — họ sẽ nghe em.
children-note = Nếu có trẻ em dưới 18 tuổi liên quan: gọi 111 (Tổng đài quốc gia bảo vệ trẻ em, miễn phí, 24/7). Người cầm điện thoại này có thể đọc cuộc trò chuyện; mình không thể hứa giữ bí mật khi một trẻ em đang gặp nguy hiểm.
children-intake-note = { children-note }
