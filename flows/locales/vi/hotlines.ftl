# Đường dây nóng (bảng Hotline). Tên, mục đích lấy từ cơ sở dữ liệu; các cột operator/area/hours/cost chứa khóa
# dưới đây (dịch theo ngôn ngữ người dùng) hoặc chữ do quản trị viên nhập. Nguồn: cột `source` của từng số.

hotlines-header = Các số điện thoại hỗ trợ:
hotlines-header-emergency = Nếu bạn đang gặp nguy hiểm, hãy gọi ngay:
hotlines-none = Danh sách đường dây nóng đang trống. Nếu bạn đang gặp nguy hiểm, hãy gọi 113 (công an) hoặc 115 (cấp cứu).
hotline-entry =
    ☎️ { $number } — { $name }
    { $purpose }
hotline-operator = Đơn vị: { $value }
hotline-area = Phạm vi: { $value }
hotline-hours = Thời gian: { $value }
hotline-cost = Chi phí: { $value }

hotline-operator-111 = Trung tâm Tư vấn và dịch vụ truyền thông, Cục Bà mẹ và Trẻ em, Bộ Y tế
hotline-operator-18008080 = Trung tâm Bảo trợ và Công tác xã hội tỉnh Thái Nguyên (theo kế hoạch của tỉnh năm 2021)
hotline-operator-peace-house = Trung tâm Phụ nữ và Phát triển, Hội Liên hiệp Phụ nữ Việt Nam
hotline-area-national = Toàn quốc
hotline-area-thai-nguyen-2021 = tỉnh Thái Nguyên (theo nguồn năm 2021, trước khi sáp nhập tỉnh; chưa xác nhận phạm vi hiện nay)
hotline-hours-24-7 = 24/7
hotline-cost-free = Miễn phí
hotline-cost-1900 = Có thể mất phí (đầu số 1900 thường tính cước)
