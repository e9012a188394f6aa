# Tìm nơi hỗ trợ (bảng DirectoryEntry). Nơi không công khai địa chỉ (thường là nhà riêng, nơi tạm lánh) không bao
# giờ hiện địa chỉ hay khoảng cách, chỉ hiện cách liên hệ.

directory-header-place = Nơi hỗ trợ ở { $place }:
directory-header-near = Nơi hỗ trợ gần vị trí bạn gửi (gần nhất trước):
directory-header-near-none = Gần vị trí bạn gửi, mình chưa có nơi nào công khai địa chỉ.
directory-former-name = { $former } nay thuộc { $current }.
directory-commune-unknown = Mình không tìm thấy xã, phường “{ $commune }” ở { $province }.
directory-widened = Mình chưa có nơi hỗ trợ nào ở { $commune } trong danh bạ. Đây là những nơi khác ở { $province }:
directory-entry = 📍 { $kind }: { $name }
directory-entry-address = Địa chỉ: { $address }
directory-entry-where = Ở: { $where }
directory-entry-phone = Điện thoại: { $phone }
directory-entry-hours = Giờ làm việc: { $hours }
directory-entry-distance = Cách khoảng { $km } km
directory-private-header = Những nơi dưới đây không công khai địa chỉ để giữ an toàn cho người đang ở đó. Hãy liên hệ qua:
directory-entry-private = 🔒 { $kind }: { $name } ({ $where }) — liên hệ qua { $via }
directory-via-womens-union = Hội Liên hiệp Phụ nữ { $commune }
directory-via-womens-union-generic = Hội Liên hiệp Phụ nữ xã, phường nơi bạn ở
directory-via-commune-committee = Ủy ban nhân dân { $commune }
directory-via-commune-committee-generic = Ủy ban nhân dân xã, phường nơi bạn ở
directory-via-hotline = đường dây { $number }
directory-sample-note = ⚠️ Đây là dữ liệu mẫu để thử nghiệm, không phải dịch vụ thật.
directory-footer = Nếu bạn đang gặp nguy hiểm, hãy gọi 113 ngay.
directory-none = Thật tiếc, danh bạ của mình chưa có nơi hỗ trợ nào ở { $place }. Bạn vẫn có thể gọi các số dưới đây.
directory-none-near = Thật tiếc, danh bạ của mình chưa có nơi hỗ trợ nào trong khoảng { $km } km quanh vị trí bạn gửi. Bạn vẫn có thể gọi các số dưới đây.
directory-unknown-province = Mình chưa nhận ra tỉnh, thành “{ $typed }”. Bạn có thể gõ lại tên tỉnh, thành (ví dụ: Thái Nguyên, TP.HCM). Trong lúc đó, bạn vẫn có thể gọi các số dưới đây.
directory-no-place = Bạn hãy cho mình biết tỉnh, thành hoặc gửi vị trí để mình tìm nơi hỗ trợ gần bạn. Trong lúc đó, bạn vẫn có thể gọi các số dưới đây.

directory-kind-trusted-address = Địa chỉ tin cậy
directory-kind-shelter = Nơi tạm lánh
directory-kind-social-work-centre = Trung tâm công tác xã hội
directory-kind-legal-aid = Trợ giúp pháp lý
directory-kind-health-station = Y tế
directory-kind-police = Công an
directory-kind-other = Nơi hỗ trợ
