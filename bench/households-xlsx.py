#!/usr/bin/env python3
"""Writes a household import file (the template's columns) of N rows spread over the given area codes, as a
minimal .xlsx (inline strings, one sheet) and, beside it, the same rows as CSV for PostgreSQL's COPY.

    python3 bench/households-xlsx.py N AREA_CODES OUT.xlsx OUT.csv WARD_ID AREA_IDS CODE_PREFIX
AREA_CODES and AREA_IDS are comma-separated, in the same order.
"""
import random
import sys
import zipfile
from xml.sax.saxutils import escape

n = int(sys.argv[1])
codes = sys.argv[2].split(',')
out_xlsx, out_csv = sys.argv[3], sys.argv[4]
ward_id = sys.argv[5]
area_ids = sys.argv[6].split(',')
prefix = sys.argv[7]
random.seed(12)
family = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Huỳnh', 'Hoàng', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý']
middle = ['Văn', 'Thị', 'Hữu', 'Minh', 'Ngọc', 'Thanh', 'Quốc', 'Thu', 'Đức']
given = ['Đồ', 'Hoa', 'Lan', 'Hùng', 'Dũng', 'Tâm', 'Phúc', 'Lộc', 'Thảo', 'Nga', 'Sơn', 'Hải', 'Yến', 'Tuấn']
streets = ['Trần Văn Khéo', 'Nguyễn Trãi', 'Lý Tự Trọng', 'Hai Bà Trưng', 'Mậu Thân', '30 Tháng 4', 'Ngô Quyền']
statuses = ['', '', '', '', '', '', '', '', 'Hộ nghèo', 'Hộ cận nghèo']
header = ['Mã hộ', 'Họ tên chủ hộ (*)', 'Địa chỉ (*)', 'Hẻm/ngõ', 'Mã khu dân cư (*)', 'Số nhân khẩu (*)', 'Số điện thoại',
          'Diện hộ', 'Loại chính sách', 'Căn cứ/quyết định', 'Ghi chú']


def column(i):
    return chr(ord('A') + i)


def cell(r, c, value):
    if value == '':
        return ''
    if isinstance(value, int):
        return f'<c r="{column(c)}{r}"><v>{value}</v></c>'
    return f'<c r="{column(c)}{r}" t="inlineStr"><is><t>{escape(value)}</t></is></c>'


rows = []
with open(out_csv, 'w', encoding='utf-8') as csv:
    for i in range(1, n + 1):
        a = random.randrange(len(codes))
        street = random.choice(streets)
        alley = f'Hẻm {random.randint(1, 200)}'
        row = [f'{prefix}{i:06d}', f'{random.choice(family)} {random.choice(middle)} {random.choice(given)}',
               f'{random.randint(1, 400)}/{random.randint(1, 60)} {street}', alley, codes[a], random.randint(1, 9),
               f'09{random.randint(10000000, 99999999)}', random.choice(statuses), '', '', '']
        rows.append(row)
        fields = [ward_id, area_ids[a], row[0], row[1], row[2], row[3], str(row[5]), row[6], '']
        csv.write(','.join('"' + f.replace('"', '""') + '"' if f else '' for f in fields) + '\n')

with zipfile.ZipFile(out_xlsx, 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>')
    z.writestr('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    z.writestr('xl/workbook.xml', '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Dữ liệu" sheetId="1" r:id="rId1"/></sheets></workbook>')
    z.writestr('xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>')
    z.writestr('xl/styles.xml', '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>')
    parts = ['<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    parts.append('<row r="1">' + ''.join(cell(1, c, h) for c, h in enumerate(header)) + '</row>')
    for r, row in enumerate(rows, start=2):
        parts.append(f'<row r="{r}">' + ''.join(cell(r, c, v) for c, v in enumerate(row)) + '</row>')
    parts.append('</sheetData></worksheet>')
    z.writestr('xl/worksheets/sheet1.xml', ''.join(parts))
