<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>ArticleView</name>
    <message>
        <source>No article</source>
        <translation>기사 없음</translation>
    </message>
</context>
<context>
    <name>EventInspector</name>
    <message>
        <source>Event</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>Why this date</source>
        <translation>날짜 근거</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>참석자</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>순서</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Select an event on the timeline, the map or in the article.</source>
        <translation>연표, 지도 또는 기사에서 사건을 선택하세요.</translation>
    </message>
</context>
<context>
    <name>EventListModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>People</source>
        <translation>인물</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Reading articles…</source>
        <translation>기사를 읽는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 읽는 중…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Event</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>모든 사건</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Import articles…</source>
        <translation>기사 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Export &amp;image…</source>
        <translation>이미지 내보내기(&amp;I)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export &amp;data…</source>
        <translation>데이터 내보내기(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Fit all</source>
        <translation>전체 맞춤(&amp;F)</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <source>Fit &amp;map to events</source>
        <translation>지도를 사건에 맞춤(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Yeonpyo</source>
        <translation>연표 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About Yeonpyo</source>
        <translation>연표 정보</translation>
    </message>
    <message>
        <source>&lt;b&gt;Yeonpyo 연표&lt;/b&gt; %1&lt;p&gt;Timelines and maps from news articles, with the quotes that back every event.&lt;/p&gt;&lt;p&gt;Base map: Natural Earth (public domain).&lt;/p&gt;</source>
        <translation>&lt;b&gt;Yeonpyo 연표&lt;/b&gt; %1&lt;p&gt;뉴스 기사로 만드는 연표와 지도. 모든 사건에 근거 문장이 붙습니다.&lt;/p&gt;&lt;p&gt;기본 지도: Natural Earth (퍼블릭 도메인).&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>사건 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>기사 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Open timeline</source>
        <translation>연표 열기</translation>
    </message>
    <message>
        <source>Yeonpyo timelines (*.yeonpyo *.sqlite *.db);;All files (*)</source>
        <translation>연표 문서 (*.yeonpyo *.sqlite *.db);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Open or create a timeline before importing articles.</source>
        <translation>기사를 가져오기 전에 연표 문서를 열거나 만드세요.</translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>기사 가져오기</translation>
    </message>
    <message>
        <source>Articles (*.txt *.html *.htm *.md);;All files (*)</source>
        <translation>기사 (*.txt *.html *.htm *.md);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation>%1을(를) 읽을 수 없습니다: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n article(s): </source>
        <translation>
            <numerusform>기사 %n건을 가져왔습니다: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new events, %2 merged into existing ones.</source>
        <translation>새 사건 %1건, 기존 사건에 합친 것 %2건.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) were already in the timeline.</source>
        <translation>
            <numerusform>기사 %n건은 이미 연표에 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; the articles finished before are kept.</source>
        <translation>취소했습니다. 이미 끝난 기사는 남아 있습니다.</translation>
    </message>
</context>
<context>
    <name>ReferenceDateDialog</name>
    <message>
        <source>When was this article written?</source>
        <translation>이 기사는 언제 쓰였습니까?</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; does not say when it was written. Relative dates such as “28일”, “이튿날” or “on Wednesday” are resolved against that date.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;에는 작성 날짜가 없습니다. “28일”, “이튿날”, “on Wednesday” 같은 상대 날짜는 이 날짜를 기준으로 풉니다.</translation>
    </message>
    <message>
        <source>Dates written in the article:</source>
        <translation>기사에 적힌 날짜:</translation>
    </message>
    <message>
        <source>Use this date</source>
        <translation>이 날짜 사용</translation>
    </message>
    <message>
        <source>Leave dates unresolved</source>
        <translation>날짜를 풀지 않고 두기</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message numerus="yes">
        <source>%n events — click to zoom in</source>
        <translation>
            <numerusform>사건 %n건 — 눌러서 확대</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Timelines and maps from news articles.</source>
        <translation>뉴스 기사로 만드는 연표와 지도.</translation>
    </message>
    <message>
        <source>A timeline document to open.</source>
        <translation>열 연표 문서.</translation>
    </message>
    <message>
        <source>Select the event with this sequence number.</source>
        <translation>이 순번의 사건을 선택합니다.</translation>
    </message>
    <message>
        <source>Save a screenshot of the window to FILE and quit.</source>
        <translation>창 화면을 FILE에 저장하고 끝냅니다.</translation>
    </message>
</context>
<context>
    <name>yeonpyo::gui</name>
    <message>
        <source>morning</source>
        <translation>오전</translation>
    </message>
    <message>
        <source>noon</source>
        <translation>정오</translation>
    </message>
    <message>
        <source>afternoon</source>
        <translation>오후</translation>
    </message>
    <message>
        <source>evening</source>
        <translation>저녁</translation>
    </message>
    <message>
        <source>night</source>
        <translation>밤</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>회동</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>식사</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>방문</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>연설</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>출국·출발</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>도착</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>발표</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>예정</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>보도</translation>
    </message>
    <message>
        <source>happened</source>
        <translation>진행됨</translation>
    </message>
    <message>
        <source>edited by you</source>
        <translation>직접 수정함</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>not on the map</source>
        <translation>지도에 없음</translation>
    </message>
    <message>
        <source>No. %1 of %2</source>
        <translation>%2건 중 %1번</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>%1 다음</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>%1(으)로 내보냈습니다.</translation>
    </message>
    <message>
        <source>Export image</source>
        <translation>이미지 내보내기</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 이미지 (*.png);;SVG 그림 (*.svg);;PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>데이터 내보내기</translation>
    </message>
</context>
</TS>
