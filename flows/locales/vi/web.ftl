# The web chat page (src/channels/web/page.html, page.js). Rendered on the server in Vietnamese; the page switches
# to the English texts when the replies come in English. The bar's fourth number is the primary counselling line.
web-title = Tin Cậy — trò chuyện
web-bar-label = Gọi khẩn cấp
web-bar-police = Công an
web-bar-ambulance = Cấp cứu
web-bar-children = Trẻ em
web-bar-counselling = Tư vấn
web-call = Gọi { $number }, { $who }
web-exit = Thoát nhanh
web-exit-label = Thoát nhanh: xoá cuộc trò chuyện và rời trang
web-about = Trò chuyện với trợ lý tự động Tin Cậy. Khẩn cấp gọi 113.
web-input-label = Tin nhắn của bạn
web-placeholder = Nhập tin nhắn…
web-send = Gửi
web-share-location = 📍 Gửi vị trí của tôi
web-no-location = Không lấy được vị trí. Bạn có thể gõ tên tỉnh/thành phố.
web-error = Có lỗi, bạn thử lại nhé. Khẩn cấp: gọi 113.
web-offline = Mất kết nối. Khẩn cấp: gọi 113 (công an), 115 (cấp cứu), 111 (trẻ em), tư vấn { $primaryLine }.
