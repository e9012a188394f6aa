# The main flow around its sub-flows: welcome and menu, common choices, help, language, deleting one's data,
# quick exit. Vietnamese first; en/main.ftl mirrors every key. Emergency numbers: domain.md §1 (113 police,
# 115 medical emergency, 111 National Child Protection Hotline).

welcome =
    Xin chào, mình là Tin Cậy — một trợ lý tự động (không phải người thật), giúp bạn tìm hỗ trợ khi gặp bạo lực.
    • Đây không phải dịch vụ cấp cứu. Nếu đang nguy hiểm, hãy gọi ngay 113 (công an), 115 (cấp cứu), 111 (trẻ em).
    • Cần rời đi nhanh: bấm “Thoát nhanh” hoặc gõ /thoat. Mình xoá những tin nhắn ứng dụng cho phép xoá; nếu được, bạn hãy tự xoá cả cuộc trò chuyện.
    • Người khác dùng điện thoại này có thể đọc được tin nhắn. Nếu được, hãy dùng một thiết bị an toàn hơn.
    • Mình chỉ lưu những gì bạn đồng ý chia sẻ. Khi ca được đóng, thông tin liên lạc và lời kể được xoá sau { $retentionDays } ngày. Bạn có thể xoá dữ liệu của mình bất cứ lúc nào.{ $campaign ->
        [action-month] {"\u000A"}{ welcome-campaign-action-month }
        [custom] {"\u000A"}📣 { $campaignVi }
       *[none] {""}
    }
    Bạn cần gì? Bấm một mục hoặc gõ số thứ tự:
# The line under the welcome during the Action Month (15/11–15/12 each year, from the seed plans), unless an admin
# set another line for the period on the dashboard.
welcome-campaign-action-month = 📣 Tháng hành động vì bình đẳng giới và phòng, chống bạo lực trên cơ sở giới (15/11–15/12) — gọi { $primaryLine } ({ primary-line-name }) nếu bạn cần người lắng nghe.
menu-prompt = Bạn cần gì? Bấm một mục hoặc gõ số thứ tự:
menu-danger = Tôi đang gặp nguy hiểm
menu-report = Báo cáo bạo lực
menu-find-help = Tìm nơi hỗ trợ gần tôi
menu-hotlines = Đường dây nóng
menu-rights = Quyền của bạn
menu-counsellor = Nói chuyện với tư vấn viên
menu-delete = Xoá dữ liệu của tôi
menu-lang = English

## Choices used on many screens
choice-back = Quay lại
choice-skip = Bỏ qua
choice-menu = Menu chính
choice-done = Xong
choice-resume = Quay lại chỗ đang làm

## Places (NQ 202/2025/QH15: 34 provincial units from 1/7/2025; old names are mapped to the new ones)
province-unknown = Mình chưa nhận ra tên tỉnh, thành phố này. Bạn gõ lại giúp mình nhé, ví dụ: Thái Nguyên, Hà Nội, TP Hồ Chí Minh.
province-renamed = Từ ngày 1/7/2025, { $old } là một phần của { $name }. Mình sẽ dùng tên { $name }.

## Hotlines and rights (the lists and answers themselves: hotlines.ftl, directory.ftl, rights.ftl)
hotlines-next = Bạn muốn làm gì tiếp?
rights-prompt = Bạn muốn tìm hiểu điều gì? Mỗi câu trả lời ngắn gọn và ghi rõ nguồn luật.
rights-more = Bạn muốn đọc thêm mục nào?

## Help, unsupported messages
help-text =
    Cách dùng Tin Cậy:
    • Bấm một nút, hoặc gõ số thứ tự của lựa chọn (ví dụ: 1).
    • Gõ “quay lại” để về câu trước, “bỏ qua” để bỏ qua một câu hỏi.
    • /menu: về menu chính · /khancap: số khẩn cấp · /thoat: thoát nhanh · /xoa: xoá dữ liệu của bạn · /lang: đổi ngôn ngữ.
    • Thoát nhanh chỉ xoá được những tin nhắn ứng dụng cho phép bot xoá — trên Telegram là tin nhắn trong 48 giờ gần nhất. Tin cũ hơn, thông báo trên màn hình khoá và ảnh chụp màn hình thì mình không xoá được: nếu được, bạn hãy tự xoá cả cuộc trò chuyện.
    Bây giờ mình hỏi lại câu bạn đang trả lời:
unsupported = Mình chỉ đọc được tin nhắn chữ và vị trí. Bạn gõ chữ hoặc bấm một nút nhé. Nếu đang nguy hiểm, hãy gọi 113.

## Quick exit: one neutral line is all that stays on screen.
exit-neutral = Chào bạn 🙂

## Language
lang-prompt = Chọn ngôn ngữ / Choose a language:
lang-vi = Tiếng Việt
lang-en = English
lang-changed = Mình sẽ nói tiếng Việt từ bây giờ.

## Deleting one's data (the core deletes the chat address, contact details and conversation; cases are unlinked)
delete-confirm =
    Bạn muốn xoá dữ liệu của mình?
    • Mình sẽ xoá: địa chỉ trò chuyện của bạn, thông tin liên lạc (số điện thoại, từ khoá an toàn) và cuộc trò chuyện này.
    • Các hồ sơ bạn đã gửi không còn gắn với bạn nữa; chỉ những con số thống kê ẩn danh được giữ lại.
    • Sau khi xoá, không ai có thể nhắn lại cho bạn qua đây. Việc này không hoàn tác được.
delete-yes = Có, xoá hết
delete-no = Không, giữ lại
delete-done = Đã xoá dữ liệu của bạn. Nếu cần, bạn có thể nhắn lại bất cứ lúc nào — khi đó mình bắt đầu như lần đầu.
delete-cancelled = Mình chưa xoá gì cả.
