"""Demo-site content for Sitecraft: the official website of the China-SCO Local Economic
and Trade Cooperation Demonstration Area (SCODA), Jiaozhou, Qingdao, Shandong.

Pure data, read by the demo loader. Every column, entry and banner has "en" and "zh" text;
the site settings, all columns and about pages, the banners and part of the news also have
"ru". An entry without a "ru" key is simply not translated into Russian.
"""

LANGUAGES = [
    {"code": "en", "name": "English", "native_name": "English", "html_lang": "en", "default": True},
    {
        "code": "zh",
        "name": "Simplified Chinese",
        "native_name": "简体中文",
        "html_lang": "zh-CN",
        "default": False,
    },
    {
        "code": "ru",
        "name": "Russian",
        "native_name": "Русский",
        "html_lang": "ru",
        "default": False,
    },
]

SITE = {
    "en": {
        "site_name": "China-SCO Local Economic and Trade Cooperation Demonstration Area",
        "tagline": "Building a new platform for Belt and Road international cooperation",
        "seo_title": "SCODA | China-SCO Local Economic and Trade Cooperation Demonstration Area, Qingdao",
        "seo_keywords": "SCODA, China-SCO, SCO Demonstration Area, Qingdao, Jiaozhou, multimodal logistics, cross-border trade, cross-border e-commerce, investment in China",
        "seo_description": "Official website of the China-SCO Local Economic and Trade Cooperation Demonstration Area (SCODA) in Jiaozhou, Qingdao: news, investment services, policies, logistics routes to Central Asia and Europe, and contacts of the Administrative Committee.",
        "address": "Administrative Committee of SCODA, No. 1 Shanghe Avenue, Jiaozhou, Qingdao, Shandong 266300, China",
        "phone": "+86 532 8826 8000",
        "email": "invest@scoda.gov.cn",
        "footer_text": "Hosted by the Administrative Committee of the China-SCO Local Economic and Trade Cooperation Demonstration Area. Office hours: Monday to Friday, 8:30-12:00 and 13:30-17:30 (UTC+8).",
        "icp": "鲁ICP备20011563号",
    },
    "zh": {
        "site_name": "中国—上海合作组织地方经贸合作示范区",
        "tagline": "打造“一带一路”国际合作新平台",
        "seo_title": "上合示范区 | 中国—上海合作组织地方经贸合作示范区官方网站",
        "seo_keywords": "上合示范区, 中国—上海合作组织地方经贸合作示范区, 青岛, 胶州, 多式联运, 跨境贸易, 跨境电商, 招商引资",
        "seo_description": "中国—上海合作组织地方经贸合作示范区（上合示范区）官方网站，发布示范区动态、政策公告、投资服务、国际物流通道等信息，提供管委会联系方式与在线咨询服务。",
        "address": "山东省青岛市胶州市上合大道1号 上合示范区管委会 邮编：266300",
        "phone": "+86 532 8826 8000",
        "email": "invest@scoda.gov.cn",
        "footer_text": "主办单位：中国—上海合作组织地方经贸合作示范区管理委员会 办公时间：周一至周五 8:30-12:00，13:30-17:30",
        "icp": "鲁ICP备20011563号",
    },
    "ru": {
        "site_name": "Демонстрационная зона местного торгово-экономического сотрудничества Китай — ШОС",
        "tagline": "Новая платформа международного сотрудничества в рамках инициативы «Пояс и путь»",
        "seo_title": "SCODA | Демонстрационная зона местного торгово-экономического сотрудничества Китай — ШОС, Циндао",
        "seo_keywords": "SCODA, Китай — ШОС, демонстрационная зона, Циндао, Цзяочжоу, мультимодальная логистика, трансграничная торговля, инвестиции в Китай",
        "seo_description": "Официальный сайт Демонстрационной зоны местного торгово-экономического сотрудничества Китай — ШОС (SCODA) в Цзяочжоу, Циндао: новости, услуги для инвесторов, льготная политика, логистические маршруты в Центральную Азию и Европу.",
        "address": "Административный комитет SCODA, проспект Шанхэ, 1, Цзяочжоу, Циндао, провинция Шаньдун, 266300, Китай",
        "phone": "+86 532 8826 8000",
        "email": "invest@scoda.gov.cn",
        "footer_text": "Сайт Административного комитета Демонстрационной зоны местного торгово-экономического сотрудничества Китай — ШОС. Часы работы: понедельник — пятница, 8:30-12:00 и 13:30-17:30 (UTC+8).",
        "icp": "鲁ICP备20011563号",
    },
}

IMAGES = {
    # Home page banners, 1600x600.
    "banner-port": {"size": [1600, 600], "colors": ["#0b3d91", "#1f7a8c"], "label": "Qingdao Port"},
    "banner-rail": {
        "size": [1600, 600],
        "colors": ["#7a1f1f", "#d98e04"],
        "label": "SCO Express Freight Trains",
    },
    "banner-expo": {
        "size": [1600, 600],
        "colors": ["#1b4332", "#40916c"],
        "label": "China-SCO Expo",
    },
    # Covers for news, services and gallery entries, 800x533.
    "photo-delegation": {
        "size": [800, 533],
        "colors": ["#264653", "#2a9d8f"],
        "label": "Delegation Visit",
    },
    "photo-expo-hall": {
        "size": [800, 533],
        "colors": ["#3a0ca3", "#4361ee"],
        "label": "China-SCO Expo Hall",
    },
    "photo-rail-terminal": {
        "size": [800, 533],
        "colors": ["#6a040f", "#e85d04"],
        "label": "Multimodal Rail Terminal",
    },
    "photo-freight-train": {
        "size": [800, 533],
        "colors": ["#5f0f40", "#9a031e"],
        "label": "Freight Train to Central Asia",
    },
    "photo-port-terminal": {
        "size": [800, 533],
        "colors": ["#023e8a", "#0096c7"],
        "label": "Qianwan Container Terminal",
    },
    "photo-signing": {
        "size": [800, 533],
        "colors": ["#7f4f24", "#b08968"],
        "label": "Project Signing Ceremony",
    },
    "photo-forum": {
        "size": [800, 533],
        "colors": ["#14213d", "#fca311"],
        "label": "Local Economic and Trade Forum",
    },
    "photo-ecommerce": {
        "size": [800, 533],
        "colors": ["#d9480f", "#f7a072"],
        "label": "Cross-border E-commerce Park",
    },
    "photo-warehouse": {
        "size": [800, 533],
        "colors": ["#344e41", "#588157"],
        "label": "Bonded Warehouse",
    },
    "photo-finance": {
        "size": [800, 533],
        "colors": ["#1d3557", "#457b9d"],
        "label": "Trade Finance Centre",
    },
    "photo-service-hall": {
        "size": [800, 533],
        "colors": ["#005f73", "#94d2bd"],
        "label": "Government Service Hall",
    },
    "photo-exhibition-centre": {
        "size": [800, 533],
        "colors": ["#432818", "#bb9457"],
        "label": "Exhibition Centre",
    },
    "photo-business-centre": {
        "size": [800, 533],
        "colors": ["#22223b", "#4a4e69"],
        "label": "SCO Business Centre",
    },
    "photo-airport": {
        "size": [800, 533],
        "colors": ["#03045e", "#00b4d8"],
        "label": "Jiaodong International Airport",
    },
    "photo-cold-chain": {
        "size": [800, 533],
        "colors": ["#0077b6", "#90e0ef"],
        "label": "Cold-chain Logistics",
    },
    "photo-policy": {
        "size": [800, 533],
        "colors": ["#6d597a", "#b56576"],
        "label": "Policy Briefing",
    },
    "photo-airport-cargo": {
        "size": [800, 533],
        "colors": ["#3c096c", "#7b2cbf"],
        "label": "Air Cargo Terminal",
    },
    "photo-night-skyline": {
        "size": [800, 533],
        "colors": ["#0d1b2a", "#415a77"],
        "label": "Business District at Night",
    },
    "photo-jiaozhou-bay": {
        "size": [800, 533],
        "colors": ["#01497c", "#61a5c2"],
        "label": "Jiaozhou Bay",
    },
    # Partner logos for the friendly links, 240x90.
    "logo-gov-cn": {"size": [240, 90], "colors": ["#b5121b", "#d62828"], "label": "GOV.CN"},
    "logo-sco": {"size": [240, 90], "colors": ["#0a4d8c", "#1565c0"], "label": "SCO Secretariat"},
    "logo-mofcom": {"size": [240, 90], "colors": ["#8b0000", "#b22222"], "label": "MOFCOM"},
    "logo-customs": {"size": [240, 90], "colors": ["#1b3a5c", "#2e5984"], "label": "China Customs"},
    "logo-shandong": {
        "size": [240, 90],
        "colors": ["#9d0208", "#dc2f02"],
        "label": "Shandong Province",
    },
    "logo-qingdao": {
        "size": [240, 90],
        "colors": ["#004e89", "#1a659e"],
        "label": "Qingdao Municipality",
    },
}

FILES = {
    "investment-guide": {
        "name": "scoda-investment-guide-2026.pdf",
        "kind": "pdf",
        "text": (
            "China-SCO Local Economic and Trade Cooperation Demonstration Area (SCODA)\n"
            "Investment Guide, 2026 edition\n"
            "1. Location: Jiaozhou, Qingdao, Shandong Province; 5 km from Qingdao Jiaodong International Airport.\n"
            "2. Priority sectors: multimodal logistics, modern trade, cross-border e-commerce, trade finance, "
            "agricultural processing, advanced manufacturing.\n"
            "3. Services: one-stop business registration, project agent service, customs and inspection "
            "facilitation, talent and housing support.\n"
            "4. Contact: Investment Promotion Bureau, +86 532 8826 8010, invest@scoda.gov.cn"
        ),
    },
    "preferential-policies": {
        "name": "scoda-preferential-policies-compilation.pdf",
        "kind": "pdf",
        "text": (
            "Compilation of Preferential Policies of SCODA (revised August 2025)\n"
            "Part I. Tax policies: corporate income tax incentives for high-tech enterprises and encouraged industries.\n"
            "Part II. Industrial support: rent subsidies, equipment investment subsidies, logistics route subsidies.\n"
            "Part III. Finance: cross-border RMB settlement facilitation, trade credit insurance premium support.\n"
            "Part IV. Talent: housing subsidies, settlement allowances, services for foreign professionals.\n"
            "Issued by the Administrative Committee of SCODA. Policies apply as published in the original notices."
        ),
    },
    "application-form": {
        "name": "scoda-investment-project-application-form.pdf",
        "kind": "pdf",
        "text": (
            "SCODA Investment Project Application Form\n"
            "Section A. Applicant: company name, country or region of registration, legal representative, contact person.\n"
            "Section B. Project: name, sector, planned investment (RMB 10,000), land or floor area required, expected jobs.\n"
            "Section C. Schedule: planned start of construction, planned start of operation.\n"
            "Section D. Declaration: the applicant confirms that the information provided is true and complete.\n"
            "Return the completed form to the Investment Promotion Bureau: invest@scoda.gov.cn"
        ),
    },
    "rail-timetable": {
        "name": "sco-express-rail-freight-timetable-2026.pdf",
        "kind": "pdf",
        "text": (
            "SCO Express Rail Freight Timetable, 2026\n"
            "Jiaozhou - Almaty (Kazakhstan): departures Monday, Wednesday, Friday; transit about 7 days.\n"
            "Jiaozhou - Tashkent (Uzbekistan): departures Tuesday and Saturday; transit about 10 days.\n"
            "Jiaozhou - Moscow (Russia): departures Thursday; transit about 14 days.\n"
            "Jiaozhou - Bishkek (Kyrgyzstan): departures every other Sunday; transit about 9 days.\n"
            "Bookings: SCO Multimodal Logistics Hub operations desk, +86 532 8826 8030"
        ),
    },
    "registration-checklist": {
        "name": "business-registration-document-checklist.txt",
        "kind": "txt",
        "text": (
            "Business Registration Document Checklist - SCODA Government Service Centre\n"
            "1. Application for company registration, signed by the legal representative.\n"
            "2. Articles of association.\n"
            "3. Identity documents of shareholders and the legal representative (foreign documents notarised and legalised or apostilled).\n"
            "4. Proof of the registered address (lease contract or property certificate).\n"
            "5. Appointment documents of directors, supervisors and managers.\n"
            "Processing time: business licence issued within 1 working day once the documents are complete."
        ),
    },
}

COLUMNS = [
    {
        "key": "about",
        "module": "about",
        "folder": "about",
        "nav": "both",
        "banner": "banner-port",
        "name": {"en": "About SCODA", "zh": "走进示范区", "ru": "О зоне"},
        "seo_description": {
            "en": "About the China-SCO Local Economic and Trade Cooperation Demonstration Area: its mission, functions and the Administrative Committee that runs it.",
            "zh": "了解中国—上海合作组织地方经贸合作示范区的设立背景、功能定位和管理机构。",
            "ru": "О Демонстрационной зоне местного торгово-экономического сотрудничества Китай — ШОС: миссия, функции и Административный комитет.",
        },
        "body": {
            "en": (
                "<p>The China-SCO Local Economic and Trade Cooperation Demonstration Area (SCODA) is a national-level platform for opening up, located in Jiaozhou, Qingdao, Shandong Province. China announced its support for building the demonstration area in Qingdao at the Qingdao Summit of the Shanghai Cooperation Organisation (SCO) in June 2018, and the State Council approved its overall construction plan in 2019.</p>"
                "<p>SCODA is tasked with building a new platform for international cooperation under the Belt and Road Initiative and with opening a gateway through which SCO countries reach the markets of the Asia-Pacific region. Its work is organised around four functions: a regional logistics centre, a modern trade centre, a two-way investment cooperation centre, and a centre for business, tourism, culture and exchanges.</p>"
                "<p>The Administrative Committee of SCODA is responsible for planning, investment promotion, project services and the day-to-day administration of the area. It works closely with the customs, taxation, market regulation and foreign affairs authorities of Qingdao and Shandong to offer investors a single point of contact.</p>"
                "<h2>At a glance</h2>"
                "<ul>"
                "<li><strong>Location:</strong> Jiaozhou, at the geographic centre of Qingdao, next to Qingdao Jiaodong International Airport</li>"
                "<li><strong>Logistics:</strong> regular SCO Express and China-Europe freight trains, sea-rail intermodal links with Qingdao Port</li>"
                "<li><strong>Priority sectors:</strong> multimodal logistics, modern trade, cross-border e-commerce, trade finance, agricultural processing and advanced manufacturing</li>"
                "<li><strong>Partners:</strong> local governments, chambers of commerce and enterprises from SCO member states, observer states and dialogue partners</li>"
                "</ul>"
            ),
            "zh": (
                "<p>中国—上海合作组织地方经贸合作示范区（简称“上合示范区”）位于山东省青岛市胶州市，是国家级对外开放平台。2018年6月，上海合作组织成员国元首理事会青岛峰会期间，中方宣布支持在青岛建设中国—上海合作组织地方经贸合作示范区；2019年，国务院批复同意示范区建设总体方案。</p>"
                "<p>上合示范区承担着打造“一带一路”国际合作新平台、拓展上合组织国家面向亚太市场“出海口”的使命，围绕区域物流中心、现代贸易中心、双向投资合作中心和商旅文化交流中心四大功能定位开展建设。</p>"
                "<p>上合示范区管理委员会负责示范区的规划建设、招商引资、项目服务和日常管理工作，与青岛市、山东省海关、税务、市场监管、外事等部门密切协作，为投资者提供“一站式”服务。</p>"
                "<h2>示范区速览</h2>"
                "<ul>"
                "<li><strong>区位：</strong>地处青岛市地理中心胶州市，毗邻青岛胶东国际机场</li>"
                "<li><strong>物流：</strong>常态化开行“上合快线”和中欧班列，与青岛港实现海铁联运</li>"
                "<li><strong>重点产业：</strong>多式联运物流、现代贸易、跨境电商、贸易金融、农产品加工和先进制造业</li>"
                "<li><strong>合作伙伴：</strong>上合组织成员国、观察员国和对话伙伴国的地方政府、商协会及企业</li>"
                "</ul>"
            ),
            "ru": (
                "<p>Демонстрационная зона местного торгово-экономического сотрудничества Китай — ШОС (SCODA) — площадка открытости государственного уровня, расположенная в городе Цзяочжоу (Циндао, провинция Шаньдун). О поддержке создания зоны в Циндао Китай объявил на саммите Шанхайской организации сотрудничества в Циндао в июне 2018 года, а в 2019 году Государственный совет КНР утвердил общий план её строительства.</p>"
                "<p>Задача SCODA — создать новую платформу международного сотрудничества в рамках инициативы «Пояс и путь» и открыть странам ШОС выход на рынки Азиатско-Тихоокеанского региона. Работа зоны строится вокруг четырёх функций: региональный логистический центр, центр современной торговли, центр двустороннего инвестиционного сотрудничества, а также центр деловых, туристических и культурных обменов.</p>"
                "<p>Административный комитет SCODA отвечает за планирование, привлечение инвестиций, сопровождение проектов и текущее управление зоной. Он тесно взаимодействует с таможенными, налоговыми, регулирующими и внешнеполитическими ведомствами Циндао и провинции Шаньдун, предоставляя инвесторам единое окно обслуживания.</p>"
                "<h2>Коротко о зоне</h2>"
                "<ul>"
                "<li><strong>Расположение:</strong> Цзяочжоу, географический центр Циндао, рядом с международным аэропортом Циндао Цзяодун</li>"
                "<li><strong>Логистика:</strong> регулярные грузовые поезда «Экспресс ШОС» и Китай — Европа, морско-железнодорожные перевозки через порт Циндао</li>"
                "<li><strong>Приоритетные отрасли:</strong> мультимодальная логистика, современная торговля, трансграничная электронная торговля, торговое финансирование, переработка сельхозпродукции и передовое производство</li>"
                "<li><strong>Партнёры:</strong> местные органы власти, торговые палаты и компании государств — членов ШОС, наблюдателей и партнёров по диалогу</li>"
                "</ul>"
            ),
        },
        "children": [
            {
                "key": "overview",
                "module": "about",
                "folder": "overview",
                "nav": "header",
                "name": {"en": "Zone Overview", "zh": "示范区概况", "ru": "Обзор зоны"},
                "seo_description": {
                    "en": "Overview of SCODA: planning, functional areas, industries and development since 2019.",
                    "zh": "上合示范区概况：规划布局、功能片区、产业体系和建设成效。",
                    "ru": "Обзор SCODA: планировка, функциональные районы, отрасли и развитие с 2019 года.",
                },
                "body": {
                    "en": (
                        "<p>SCODA is built around a core area in northern Jiaozhou that brings together a multimodal rail terminal, bonded logistics facilities, a business district and industrial parks. Its layout follows the principle of integrating ports, industry and the city: logistics capacity attracts trade, trade attracts processing and manufacturing, and these in turn support services and urban life.</p>"
                        "<h2>Functional areas</h2>"
                        "<table>"
                        "<tr><th>Area</th><th>Main functions</th></tr>"
                        "<tr><td>SCO Multimodal Logistics Hub</td><td>Rail container terminal, sea-rail intermodal transport, SCO Express and China-Europe freight trains</td></tr>"
                        "<tr><td>Bonded Logistics Centre</td><td>Bonded warehousing, distribution, import of commodities from SCO countries</td></tr>"
                        "<tr><td>SCO International Business District</td><td>Headquarters offices, trade finance, legal and consulting services, exhibitions</td></tr>"
                        "<tr><td>Cross-border E-commerce Park</td><td>Bonded import and direct export parcels, overseas warehouse services, live-stream sales</td></tr>"
                        "<tr><td>Industrial Parks</td><td>Agricultural and food processing, advanced equipment, new materials</td></tr>"
                        "</table>"
                        "<h2>Development</h2>"
                        "<p>Since the overall plan was approved, the demonstration area has opened regular freight train services to cities in Central Asia, Russia and Europe, set up service centres for SCO countries, and hosted a series of exhibitions and forums on local economic and trade cooperation. Enterprises from SCO member states, observer states and dialogue partners have set up trading companies, representative offices and processing projects in the area.</p>"
                        "<p>In the next stage, SCODA will focus on strengthening its logistics channels, expanding trade in energy, minerals and agricultural products, developing digital trade and trade finance, and improving services for foreign-invested enterprises.</p>"
                    ),
                    "zh": (
                        "<p>上合示范区以胶州北部核心区为主体，集聚多式联运铁路场站、保税物流设施、商务区和产业园区，坚持港产城融合发展：以物流带动贸易，以贸易集聚加工制造，以产业支撑服务业和城市功能提升。</p>"
                        "<h2>功能片区</h2>"
                        "<table>"
                        "<tr><th>片区</th><th>主要功能</th></tr>"
                        "<tr><td>上合多式联运中心</td><td>铁路集装箱场站、海铁联运、“上合快线”和中欧班列</td></tr>"
                        "<tr><td>保税物流中心</td><td>保税仓储、分拨配送、上合组织国家商品进口</td></tr>"
                        "<tr><td>上合国际商务区</td><td>总部办公、贸易金融、法律咨询服务、会展</td></tr>"
                        "<tr><td>跨境电商产业园</td><td>保税进口与直邮出口、海外仓服务、直播电商</td></tr>"
                        "<tr><td>产业园区</td><td>农产品与食品加工、高端装备、新材料</td></tr>"
                        "</table>"
                        "<h2>建设成效</h2>"
                        "<p>总体方案获批以来，示范区常态化开行至中亚、俄罗斯和欧洲城市的班列，设立面向上合组织国家的服务中心，举办了一系列地方经贸合作展会和论坛。来自上合组织成员国、观察员国和对话伙伴国的企业在示范区设立贸易公司、代表处和加工项目。</p>"
                        "<p>下一步，上合示范区将重点畅通国际物流通道，扩大能源、矿产和农产品贸易，发展数字贸易和贸易金融，持续提升外资企业服务水平。</p>"
                    ),
                    "ru": (
                        "<p>Основу SCODA составляет центральный район на севере Цзяочжоу, где сосредоточены мультимодальный железнодорожный терминал, объекты бондовой логистики, деловой квартал и промышленные парки. Планировка следует принципу интеграции порта, промышленности и города: логистика привлекает торговлю, торговля — переработку и производство, а они, в свою очередь, поддерживают сферу услуг и городскую среду.</p>"
                        "<h2>Функциональные районы</h2>"
                        "<table>"
                        "<tr><th>Район</th><th>Основные функции</th></tr>"
                        "<tr><td>Мультимодальный логистический хаб ШОС</td><td>Железнодорожный контейнерный терминал, морско-железнодорожные перевозки, поезда «Экспресс ШОС» и Китай — Европа</td></tr>"
                        "<tr><td>Бондовый логистический центр</td><td>Таможенное складирование, распределение, импорт товаров из стран ШОС</td></tr>"
                        "<tr><td>Международный деловой район ШОС</td><td>Штаб-квартиры, торговое финансирование, юридические и консалтинговые услуги, выставки</td></tr>"
                        "<tr><td>Парк трансграничной электронной торговли</td><td>Бондовый импорт и прямой экспорт посылок, зарубежные склады, продажи в прямом эфире</td></tr>"
                        "<tr><td>Промышленные парки</td><td>Переработка сельхозпродукции и пищевая промышленность, оборудование, новые материалы</td></tr>"
                        "</table>"
                        "<h2>Развитие</h2>"
                        "<p>После утверждения общего плана в зоне открыты регулярные грузовые железнодорожные маршруты в города Центральной Азии, России и Европы, созданы сервисные центры для стран ШОС, проведён ряд выставок и форумов по местному торгово-экономическому сотрудничеству. Компании из государств — членов ШОС, наблюдателей и партнёров по диалогу открыли здесь торговые компании, представительства и перерабатывающие производства.</p>"
                        "<p>На следующем этапе SCODA сосредоточится на укреплении логистических коридоров, расширении торговли энергоносителями, минеральным сырьём и сельхозпродукцией, развитии цифровой торговли и торгового финансирования, а также на улучшении обслуживания предприятий с иностранным капиталом.</p>"
                    ),
                },
            },
            {
                "key": "location",
                "module": "about",
                "folder": "location",
                "nav": "header",
                "name": {
                    "en": "Location & Transport",
                    "zh": "区位交通",
                    "ru": "Расположение и транспорт",
                },
                "seo_description": {
                    "en": "How to reach SCODA: airport, high-speed rail, metro, expressways and sea-rail links with Qingdao Port.",
                    "zh": "上合示范区区位交通：机场、高铁、地铁、高速公路及与青岛港的海铁联运。",
                    "ru": "Как добраться до SCODA: аэропорт, высокоскоростная железная дорога, метро, автомагистрали и связь с портом Циндао.",
                },
                "body": {
                    "en": (
                        "<p>SCODA is located in Jiaozhou, at the geographic centre of Qingdao and at the junction of the Shandong Peninsula's main railway and expressway corridors. The area sits on the northern shore of Jiaozhou Bay, with Qingdao's port, airport and high-speed rail network all within easy reach.</p>"
                        "<h2>By air</h2>"
                        "<p>Qingdao Jiaodong International Airport, opened in August 2021, lies immediately south of the demonstration area. It offers scheduled passenger and cargo flights to major cities in China, Japan, the Republic of Korea, Southeast Asia, Central Asia, Russia and Europe.</p>"
                        "<h2>By rail and metro</h2>"
                        "<ul>"
                        "<li>Jiaozhou North Station on the Jinan-Qingdao high-speed railway, with direct trains to Jinan, Beijing and Shanghai</li>"
                        "<li>Qingdao Metro Line 8, connecting Jiaozhou North Station, the airport and downtown Qingdao</li>"
                        "<li>The SCO multimodal rail terminal, the origin of SCO Express and China-Europe freight trains</li>"
                        "</ul>"
                        "<h2>By road and sea</h2>"
                        "<p>Several national expressways pass through Jiaozhou, linking the area with Jinan, Yantai, Weifang and Rizhao. Containers travel by road or by dedicated sea-rail shuttle trains between the multimodal hub and the container terminals of Qingdao Port, so cargo from Central Asia can be shipped on to Japan, the Republic of Korea and Southeast Asia without changing documents.</p>"
                    ),
                    "zh": (
                        "<p>上合示范区位于青岛市地理中心胶州市，地处山东半岛主要铁路和高速公路通道交汇处，坐落于胶州湾北岸，距青岛港、青岛胶东国际机场和高铁站均交通便捷。</p>"
                        "<h2>航空</h2>"
                        "<p>青岛胶东国际机场于2021年8月正式启用，紧邻示范区南侧，开通了至国内主要城市以及日本、韩国、东南亚、中亚、俄罗斯和欧洲的定期客货航线。</p>"
                        "<h2>铁路与地铁</h2>"
                        "<ul>"
                        "<li>济青高铁胶州北站，可直达济南、北京、上海等城市</li>"
                        "<li>青岛地铁8号线，连接胶州北站、胶东国际机场和青岛市区</li>"
                        "<li>上合多式联运中心铁路场站，“上合快线”和中欧班列始发站</li>"
                        "</ul>"
                        "<h2>公路与海运</h2>"
                        "<p>多条国家高速公路在胶州交汇，连通济南、烟台、潍坊、日照等城市。集装箱可通过公路或海铁联运班列往返多式联运中心与青岛港集装箱码头，来自中亚的货物可“一单到底”转运至日本、韩国和东南亚。</p>"
                    ),
                    "ru": (
                        "<p>SCODA расположена в Цзяочжоу — географическом центре Циндао, на пересечении основных железнодорожных и автомобильных коридоров Шаньдунского полуострова. Зона находится на северном берегу залива Цзяочжоу; порт, аэропорт и высокоскоростные железные дороги Циндао находятся в непосредственной доступности.</p>"
                        "<h2>Воздушный транспорт</h2>"
                        "<p>Международный аэропорт Циндао Цзяодун, открытый в августе 2021 года, расположен непосредственно к югу от зоны. Отсюда выполняются регулярные пассажирские и грузовые рейсы в крупные города Китая, Японии, Республики Корея, Юго-Восточной и Центральной Азии, России и Европы.</p>"
                        "<h2>Железная дорога и метро</h2>"
                        "<ul>"
                        "<li>Станция Цзяочжоу-Северный на высокоскоростной магистрали Цзинань — Циндао с прямыми поездами в Цзинань, Пекин и Шанхай</li>"
                        "<li>Линия 8 метро Циндао, соединяющая станцию Цзяочжоу-Северный, аэропорт и центр Циндао</li>"
                        "<li>Мультимодальный железнодорожный терминал ШОС — пункт отправления поездов «Экспресс ШОС» и Китай — Европа</li>"
                        "</ul>"
                        "<h2>Автомобильный и морской транспорт</h2>"
                        "<p>Через Цзяочжоу проходят несколько национальных автомагистралей, связывающих зону с Цзинанем, Яньтаем, Вэйфаном и Жичжао. Контейнеры доставляются автотранспортом или морско-железнодорожными челночными поездами между хабом и контейнерными терминалами порта Циндао, поэтому грузы из Центральной Азии можно отправлять дальше в Японию, Республику Корея и Юго-Восточную Азию по единому перевозочному документу.</p>"
                    ),
                },
            },
            {
                "key": "contact",
                "module": "about",
                "folder": "contact",
                "nav": "both",
                "name": {"en": "Contact Us", "zh": "联系我们", "ru": "Контакты"},
                "seo_description": {
                    "en": "Address, telephone numbers, e-mail and office hours of the Administrative Committee of SCODA.",
                    "zh": "上合示范区管委会地址、联系电话、电子邮箱和办公时间。",
                    "ru": "Адрес, телефоны, электронная почта и часы работы Административного комитета SCODA.",
                },
                "body": {
                    "en": (
                        "<p>The Administrative Committee of SCODA welcomes enquiries from enterprises, business associations, local governments and research institutions. For investment projects, please contact the Investment Promotion Bureau directly or send us an investment inquiry through this website.</p>"
                        "<h2>Administrative Committee of SCODA</h2>"
                        "<ul>"
                        "<li><strong>Address:</strong> No. 1 Shanghe Avenue, Jiaozhou, Qingdao, Shandong 266300, China</li>"
                        "<li><strong>Switchboard:</strong> +86 532 8826 8000</li>"
                        '<li><strong>E-mail:</strong> <a href="mailto:invest@scoda.gov.cn">invest@scoda.gov.cn</a></li>'
                        "<li><strong>Office hours:</strong> Monday to Friday, 8:30-12:00 and 13:30-17:30 (UTC+8), except Chinese public holidays</li>"
                        "</ul>"
                        "<h2>Departments</h2>"
                        "<table>"
                        "<tr><th>Department</th><th>Telephone</th><th>Handles</th></tr>"
                        "<tr><td>Investment Promotion Bureau</td><td>+86 532 8826 8010</td><td>Investment projects, site selection, incentives</td></tr>"
                        "<tr><td>Government Service Centre</td><td>+86 532 8826 8020</td><td>Business registration, permits, foreign employee services</td></tr>"
                        "<tr><td>Logistics Development Bureau</td><td>+86 532 8826 8030</td><td>Freight train bookings, multimodal transport, bonded logistics</td></tr>"
                        "<tr><td>Trade and Finance Bureau</td><td>+86 532 8826 8040</td><td>Trade promotion, cross-border e-commerce, trade finance</td></tr>"
                        "</table>"
                        "<p>Russian-speaking investors can call the Russian-language service desk on +86 532 8826 8050 during office hours.</p>"
                    ),
                    "zh": (
                        "<p>上合示范区管委会欢迎各类企业、商协会、地方政府和研究机构垂询。有意在示范区投资的企业，可直接联系投资促进局，或通过本网站“投资咨询”栏目在线提交需求。</p>"
                        "<h2>上合示范区管委会</h2>"
                        "<ul>"
                        "<li><strong>地址：</strong>山东省青岛市胶州市上合大道1号，邮编266300</li>"
                        "<li><strong>总机：</strong>+86 532 8826 8000</li>"
                        '<li><strong>电子邮箱：</strong><a href="mailto:invest@scoda.gov.cn">invest@scoda.gov.cn</a></li>'
                        "<li><strong>办公时间：</strong>周一至周五 8:30-12:00，13:30-17:30（法定节假日除外）</li>"
                        "</ul>"
                        "<h2>部门联系方式</h2>"
                        "<table>"
                        "<tr><th>部门</th><th>电话</th><th>业务范围</th></tr>"
                        "<tr><td>投资促进局</td><td>+86 532 8826 8010</td><td>投资项目洽谈、选址、扶持政策</td></tr>"
                        "<tr><td>政务服务中心</td><td>+86 532 8826 8020</td><td>企业登记、行政许可、外籍人员服务</td></tr>"
                        "<tr><td>物流发展局</td><td>+86 532 8826 8030</td><td>班列订舱、多式联运、保税物流</td></tr>"
                        "<tr><td>贸易金融局</td><td>+86 532 8826 8040</td><td>贸易促进、跨境电商、贸易金融</td></tr>"
                        "</table>"
                        "<p>俄语投资者可在办公时间拨打俄语服务专线 +86 532 8826 8050。</p>"
                    ),
                    "ru": (
                        "<p>Административный комитет SCODA открыт для обращений компаний, деловых ассоциаций, органов местного самоуправления и исследовательских организаций. По вопросам инвестиционных проектов обращайтесь напрямую в Бюро по привлечению инвестиций или направьте инвестиционный запрос через этот сайт.</p>"
                        "<h2>Административный комитет SCODA</h2>"
                        "<ul>"
                        "<li><strong>Адрес:</strong> проспект Шанхэ, 1, Цзяочжоу, Циндао, провинция Шаньдун, 266300, Китай</li>"
                        "<li><strong>Телефон:</strong> +86 532 8826 8000</li>"
                        '<li><strong>Электронная почта:</strong> <a href="mailto:invest@scoda.gov.cn">invest@scoda.gov.cn</a></li>'
                        "<li><strong>Часы работы:</strong> понедельник — пятница, 8:30-12:00 и 13:30-17:30 (UTC+8), кроме государственных праздников КНР</li>"
                        "</ul>"
                        "<h2>Отделы</h2>"
                        "<table>"
                        "<tr><th>Отдел</th><th>Телефон</th><th>Вопросы</th></tr>"
                        "<tr><td>Бюро по привлечению инвестиций</td><td>+86 532 8826 8010</td><td>Инвестиционные проекты, выбор площадки, льготы</td></tr>"
                        "<tr><td>Центр государственных услуг</td><td>+86 532 8826 8020</td><td>Регистрация компаний, разрешения, услуги для иностранных сотрудников</td></tr>"
                        "<tr><td>Бюро развития логистики</td><td>+86 532 8826 8030</td><td>Бронирование поездов, мультимодальные перевозки, бондовая логистика</td></tr>"
                        "<tr><td>Бюро торговли и финансов</td><td>+86 532 8826 8040</td><td>Продвижение торговли, электронная коммерция, торговое финансирование</td></tr>"
                        "</table>"
                        "<p>Русскоязычная служба поддержки инвесторов работает в часы приёма по телефону +86 532 8826 8050.</p>"
                    ),
                },
            },
        ],
    },
    {
        "key": "news",
        "module": "article",
        "folder": "news",
        "nav": "header",
        "banner": "banner-expo",
        "per_page": 10,
        "list_order": "time",
        "name": {"en": "News Center", "zh": "新闻中心", "ru": "Пресс-центр"},
        "intro": {
            "en": "Official news of the demonstration area: events and visits, policies and notices issued by the Administrative Committee, and reports by the media.",
            "zh": "权威发布示范区重大活动和来访交流、管委会政策公告及媒体报道。",
            "ru": "Официальные новости демонстрационной зоны: мероприятия и визиты, документы Административного комитета и публикации СМИ.",
        },
        "seo_description": {
            "en": "News of the China-SCO Local Economic and Trade Cooperation Demonstration Area: zone news, policies and notices, media coverage.",
            "zh": "上合示范区新闻中心：示范区动态、政策公告和媒体聚焦。",
            "ru": "Пресс-центр SCODA: новости зоны, политика и объявления, публикации СМИ.",
        },
        "children": [
            {
                "key": "zone-news",
                "module": "article",
                "folder": "zone-news",
                "nav": "header",
                "per_page": 10,
                "list_order": "time",
                "name": {"en": "Zone News", "zh": "示范区动态", "ru": "Новости зоны"},
                "intro": {
                    "en": "Visits, events, new freight routes and investment projects in SCODA.",
                    "zh": "上合示范区来访交流、重大活动、班列新线路和投资项目动态。",
                    "ru": "Визиты, мероприятия, новые грузовые маршруты и инвестиционные проекты SCODA.",
                },
                "seo_description": {
                    "en": "Latest news from SCODA: visits, events, new logistics routes and investment projects.",
                    "zh": "上合示范区最新动态：来访交流、重大活动、物流通道和投资项目。",
                    "ru": "Последние новости SCODA: визиты, мероприятия, новые логистические маршруты и инвестиционные проекты.",
                },
            },
            {
                "key": "policy",
                "module": "article",
                "folder": "policy",
                "nav": "header",
                "per_page": 10,
                "list_order": "time",
                "name": {
                    "en": "Policies & Notices",
                    "zh": "政策公告",
                    "ru": "Политика и объявления",
                },
                "intro": {
                    "en": "Policies, implementation rules and notices of the Administrative Committee. The original published notices prevail.",
                    "zh": "管委会发布的政策文件、实施细则和通知公告，以正式发布文本为准。",
                    "ru": "Документы, правила применения и объявления Административного комитета. Действует официально опубликованный текст.",
                },
                "seo_description": {
                    "en": "Policies, implementation rules and official notices issued by the Administrative Committee of SCODA.",
                    "zh": "上合示范区管委会发布的政策文件、实施细则和通知公告。",
                    "ru": "Документы, правила применения и официальные объявления Административного комитета SCODA.",
                },
            },
            {
                "key": "media",
                "module": "article",
                "folder": "media",
                "nav": "header",
                "per_page": 10,
                "list_order": "time",
                "name": {"en": "Media Coverage", "zh": "媒体聚焦", "ru": "СМИ о нас"},
                "intro": {
                    "en": "Selected reports on SCODA by Chinese and international media.",
                    "zh": "国内外媒体关于上合示范区的报道选编。",
                    "ru": "Подборка публикаций китайских и зарубежных СМИ о SCODA.",
                },
                "seo_description": {
                    "en": "Reports on SCODA by Chinese and international media.",
                    "zh": "国内外媒体关于上合示范区的报道。",
                    "ru": "Публикации китайских и зарубежных СМИ о SCODA.",
                },
            },
        ],
    },
    {
        "key": "services",
        "module": "product",
        "folder": "services",
        "nav": "header",
        "banner": "banner-rail",
        "per_page": 12,
        "list_order": "sort",
        "name": {"en": "Investment & Services", "zh": "投资服务", "ru": "Инвестиции и услуги"},
        "intro": {
            "en": "Logistics, trade, finance, exhibition and government services for enterprises doing business with SCO countries. Contact the department listed with each service for details.",
            "zh": "为与上合组织国家开展经贸合作的企业提供物流、贸易、金融、会展和政务服务，详情请联系各项服务所列部门。",
            "ru": "Логистические, торговые, финансовые, выставочные и государственные услуги для компаний, работающих со странами ШОС. Подробности — в отделе, указанном для каждой услуги.",
        },
        "seo_description": {
            "en": "Logistics, trade, finance, exhibition and government services available to enterprises in SCODA.",
            "zh": "上合示范区为企业提供的物流、贸易、金融、会展和政务服务。",
            "ru": "Логистические, торговые, финансовые, выставочные и государственные услуги для компаний в SCODA.",
        },
        "params": [
            {
                "key": "service_type",
                "label": {"en": "Service Type", "zh": "服务类型", "ru": "Тип услуги"},
                "type": "select",
                "options": [
                    "Logistics",
                    "Trade Facilitation",
                    "Finance",
                    "Government Service",
                    "Exhibition & Conference",
                    "Industrial Park",
                ],
                "required": True,
            },
            {
                "key": "contact_department",
                "label": {
                    "en": "Contact Department",
                    "zh": "联系部门",
                    "ru": "Ответственный отдел",
                },
                "type": "text",
                "required": False,
            },
            {
                "key": "capacity",
                "label": {"en": "Capacity", "zh": "服务能力", "ru": "Мощность"},
                "type": "text",
                "required": False,
            },
        ],
    },
    {
        "key": "downloads",
        "module": "download",
        "folder": "downloads",
        "nav": "header",
        "per_page": 10,
        "list_order": "sort",
        "name": {"en": "Downloads", "zh": "资料下载", "ru": "Документы"},
        "intro": {
            "en": "Investment guide, policy compilations, application forms and freight timetables, free to download.",
            "zh": "投资指南、政策汇编、申请表格和班列时刻表，免费下载。",
            "ru": "Путеводитель инвестора, сборники льгот, формы заявлений и расписания поездов — для свободного скачивания.",
        },
        "seo_description": {
            "en": "Investment guide, policy compilations, application forms and freight timetables of SCODA.",
            "zh": "上合示范区投资指南、政策汇编、申请表格和班列时刻表下载。",
            "ru": "Путеводитель инвестора, сборники льгот, формы заявлений и расписания грузовых поездов SCODA.",
        },
        "params": [
            {
                "key": "file_format",
                "label": {"en": "File Format", "zh": "文件格式", "ru": "Формат файла"},
                "type": "select",
                "options": ["PDF", "DOCX", "XLSX", "TXT"],
                "required": True,
            },
            {
                "key": "version",
                "label": {"en": "Version", "zh": "版本", "ru": "Версия"},
                "type": "text",
                "required": False,
            },
        ],
    },
    {
        "key": "gallery",
        "module": "image",
        "folder": "gallery",
        "nav": "header",
        "per_page": 12,
        "list_order": "time",
        "name": {"en": "Gallery", "zh": "图片中心", "ru": "Фотогалерея"},
        "intro": {
            "en": "Photos of the logistics facilities, business district, events and visits of SCODA.",
            "zh": "上合示范区物流设施、商务区风貌、重大活动和来访交流图片。",
            "ru": "Фотографии логистических объектов, делового района, мероприятий и визитов SCODA.",
        },
        "seo_description": {
            "en": "Photos of SCODA: logistics facilities, events, visits and the business district.",
            "zh": "上合示范区图片：物流设施、重大活动、来访交流和商务区风貌。",
            "ru": "Фотографии SCODA: логистические объекты, мероприятия, визиты и деловой район.",
        },
    },
    {
        "key": "careers",
        "module": "job",
        "folder": "careers",
        "nav": "header",
        "per_page": 10,
        "list_order": "time",
        "name": {"en": "Careers", "zh": "人才招聘", "ru": "Вакансии"},
        "intro": {
            "en": "The Administrative Committee and its service centres recruit professionals in investment promotion, logistics, languages and communications.",
            "zh": "管委会及所属服务机构招聘投资促进、物流、外语和宣传等方面专业人才。",
            "ru": "Административный комитет и его сервисные центры приглашают специалистов по привлечению инвестиций, логистике, иностранным языкам и коммуникациям.",
        },
        "seo_description": {
            "en": "Job openings at the Administrative Committee of SCODA and its service centres.",
            "zh": "上合示范区管委会及所属服务机构招聘信息。",
            "ru": "Вакансии Административного комитета SCODA и его сервисных центров.",
        },
    },
    {
        "key": "inquiry",
        "module": "feedback",
        "folder": "inquiry",
        "nav": "both",
        "name": {"en": "Investment Inquiry", "zh": "投资咨询", "ru": "Инвестиционный запрос"},
        "seo_description": {
            "en": "Send an investment inquiry to the Investment Promotion Bureau of SCODA.",
            "zh": "向上合示范区投资促进局提交投资咨询。",
            "ru": "Направьте инвестиционный запрос в Бюро по привлечению инвестиций SCODA.",
        },
        "body": {
            "en": (
                "<p>Planning to trade with SCO countries, set up a company or locate a project in SCODA? Tell us about your plans and the Investment Promotion Bureau will reply within three working days.</p>"
                "<p>Please describe your company, the sector and the scale of the planned investment, and the support you need, such as land or office space, logistics solutions or policy consultation. The information you submit is used only to handle your inquiry.</p>"
            ),
            "zh": (
                "<p>有意与上合组织国家开展贸易、在示范区设立企业或落地项目？请留下您的需求，投资促进局将在三个工作日内与您联系。</p>"
                "<p>请简要介绍企业基本情况、拟投资行业和规模，以及所需的支持，如用地或办公空间、物流解决方案、政策咨询等。您提交的信息仅用于办理本次咨询。</p>"
            ),
            "ru": (
                "<p>Планируете торговлю со странами ШОС, регистрацию компании или размещение проекта в SCODA? Расскажите о своих планах, и Бюро по привлечению инвестиций ответит вам в течение трёх рабочих дней.</p>"
                "<p>Пожалуйста, кратко опишите компанию, отрасль и масштаб планируемых инвестиций, а также необходимую поддержку: земельный участок или офис, логистические решения, консультации по льготам. Предоставленные сведения используются только для обработки вашего запроса.</p>"
            ),
        },
    },
    {
        "key": "guestbook",
        "module": "message",
        "folder": "guestbook",
        "nav": "footer",
        "per_page": 10,
        "name": {"en": "Guestbook", "zh": "在线留言", "ru": "Гостевая книга"},
        "seo_description": {
            "en": "Leave a message, suggestion or question for the Administrative Committee of SCODA.",
            "zh": "欢迎就上合示范区建设发展留言、提出意见建议。",
            "ru": "Оставьте сообщение, предложение или вопрос для Административного комитета SCODA.",
        },
        "body": {
            "en": (
                "<p>We welcome your questions, comments and suggestions on the development of the demonstration area and on this website. Messages are published after review, together with the reply of the responsible department.</p>"
                "<p>Please do not include personal identity numbers, telephone numbers or other private information in your message. For investment projects, please use the Investment Inquiry form instead.</p>"
            ),
            "zh": (
                "<p>欢迎您就示范区建设发展和本网站提出问题、意见和建议。留言经审核后公开，并附相关部门的答复。</p>"
                "<p>请勿在留言中填写身份证号、电话号码等个人隐私信息。如有投资项目洽谈需求，请通过“投资咨询”栏目提交。</p>"
            ),
            "ru": (
                "<p>Мы рады вашим вопросам, замечаниям и предложениям о развитии демонстрационной зоны и работе этого сайта. Сообщения публикуются после проверки вместе с ответом ответственного отдела.</p>"
                "<p>Пожалуйста, не указывайте в сообщении номера документов, телефонов и другие личные данные. По вопросам инвестиционных проектов воспользуйтесь формой «Инвестиционный запрос».</p>"
            ),
        },
    },
    {
        "key": "links",
        "module": "link",
        "folder": "links",
        "nav": "footer",
        "list_order": "sort",
        "name": {"en": "Links", "zh": "友情链接", "ru": "Полезные ссылки"},
        "intro": {
            "en": "Websites of government departments and international organisations.",
            "zh": "政府部门和国际组织网站链接。",
            "ru": "Сайты государственных органов и международных организаций.",
        },
        "seo_description": {
            "en": "Websites of government departments and international organisations related to SCODA.",
            "zh": "与上合示范区相关的政府部门和国际组织网站。",
            "ru": "Сайты государственных органов и международных организаций, связанных с SCODA.",
        },
    },
    {
        "key": "sitemap",
        "module": "sitemap",
        "folder": "sitemap",
        "nav": "footer",
        "name": {"en": "Sitemap", "zh": "网站地图", "ru": "Карта сайта"},
        "seo_description": {
            "en": "All sections of the SCODA website.",
            "zh": "上合示范区网站全部栏目导航。",
            "ru": "Все разделы сайта SCODA.",
        },
    },
    {
        "key": "search",
        "module": "search",
        "folder": "search",
        "nav": "none",
        "name": {"en": "Search", "zh": "站内搜索", "ru": "Поиск"},
        "seo_description": {
            "en": "Search news, policies, services and documents on the SCODA website.",
            "zh": "搜索上合示范区网站的新闻、政策、服务和资料。",
            "ru": "Поиск новостей, документов и услуг на сайте SCODA.",
        },
    },
    {
        "key": "tags",
        "module": "tag",
        "folder": "tags",
        "nav": "none",
        "name": {"en": "Tags", "zh": "标签", "ru": "Теги"},
        "seo_description": {
            "en": "Browse SCODA content by topic.",
            "zh": "按主题浏览上合示范区网站内容。",
            "ru": "Материалы сайта SCODA по темам.",
        },
    },
]

ENTRIES = [
    # ------------------------------------------------------------------ Zone News
    {
        # The article the project was started from. The English title and paragraphs are copied
        # verbatim from the original MetInfo page (including its two non-breaking spaces).
        "key": "seed-visit",
        "column": "zone-news",
        "published": "2021-05-25 17:01:06",
        "author": "admin",
        "source": {"en": "", "zh": ""},
        "recommended": False,
        "pinned": False,
        "sort": 0,
        "hits": 120,
        "cover": "photo-delegation",
        "tags": {
            "en": ["Cooperation", "Logistics", "Trade", "Belt and Road"],
            "zh": ["合作", "物流", "贸易", "一带一路"],
            "ru": ["Сотрудничество", "Логистика", "Торговля", "Пояс и путь"],
        },
        "slug": "guests-from-jeminay-zibo-and-linyi-visit-scoda",
        "title": {
            "en": "Guests from Xinjiang Jeminay Border Economic Cooperation Zone, Zibo National New & Hi-Tech Industrial Development Zone and Linyi Free Trade Zone Visit SCODA",
            "zh": "新疆吉木乃边境经济合作区、淄博国家高新技术产业开发区、临沂综合保税区客人到访上合示范区",
            "ru": "Делегации пограничной зоны экономического сотрудничества Джеминай (Синьцзян), национальной зоны развития новых и высоких технологий Цзыбо и зоны свободной торговли Линьи посетили SCODA",
        },
        "summary": {
            "en": "Delegations from the Jeminay Border Economic Cooperation Zone in Xinjiang, the Zibo National New & Hi-Tech Industrial Development Zone and the Linyi Free Trade Zone visited SCODA on March 9 and 10 to discuss coordinated development and joint construction of industrial parks.",
            "zh": "3月9日至10日，新疆吉木乃边境经济合作区、淄博国家高新技术产业开发区和临沂综合保税区有关负责人到访上合示范区，围绕园区协同发展、合作共建等内容进行座谈交流。",
            "ru": "9 и 10 марта SCODA посетили делегации пограничной зоны экономического сотрудничества Джеминай, зоны новых и высоких технологий Цзыбо и зоны свободной торговли Линьи, чтобы обсудить скоординированное развитие и совместное строительство промышленных парков.",
        },
        "body": {
            "en": (
                "<p>On March 9 and 10, a delegation led by Zhu Jidong, Secretary of Party Working Committee and Director of Administrative Committee of Xinjiang Jeminay Border Economic Cooperation Zone, as well as heads from the Administrative Committee of Zibo National New & Hi-Tech Industrial Development Zone and the Administrative Committee of Linyi Free Trade Zone paid a visit to the China-SCO Local Economic and Trade Cooperation Demonstration Area (SCODA) for investigations and exchanges. The visitors participated in discussions about coordinated development of industrial parks, cooperation and joint development, etc.</p>"
                '<p>The Jeminay Port is an important hub for the China-Kazakhstan-Russia international transportation channel and an essential pivot along the "north route" in the "three-route strategy of the south, central and north routes" for the trade and logistics channels in Xinjiang, taking a special strategic position in the pattern of opening to the outside world in Xinjiang. At the meeting, both sides touched upon such topics as border logistics, cross-border trade and international tourism, and reached consensus on the joint development of their respective industrial parks.</p>'
                '<p>After the briefing on the development of intelligent manufacturing, trade and logistics and some other core industries in Linyi Free Trade Zone and Zibo National New & Hi-Tech Industrial Development Zone, the parties made statements and exchanged ideas about cooperation and development opportunities in a variety of fields such as cross-border business and trade cooperation under "The Belt and Road Initiative" and the agricultural export platform. Wishing to deepen the cooperation in cross-border trade, agricultural product export, etc., the parties also seek differential and staggered development based on specific geographical advantage and industrial foundation, so as to proactively promote the construction of the joint innovation zones and subsequent in-depth cooperation.</p>'
            ),
            "zh": (
                "<p>3月9日至10日，新疆吉木乃边境经济合作区党工委书记、管委会主任朱继东带队，与淄博国家高新技术产业开发区管委会、临沂综合保税区管委会有关负责人一行到中国—上海合作组织地方经贸合作示范区（上合示范区）考察交流，并围绕园区协同发展、合作共建等内容进行座谈交流。</p>"
                "<p>吉木乃口岸是中哈俄国际运输通道的重要枢纽，是新疆商贸物流通道“南、中、北三通道战略”中“北通道”的重要支点，在新疆对外开放格局中具有特殊的战略地位。座谈会上，双方围绕边境物流、跨境贸易、国际旅游等话题进行了交流，并就各自园区合作共建达成共识。</p>"
                "<p>在听取临沂综合保税区、淄博国家高新技术产业开发区智能制造、商贸物流等核心产业发展情况介绍后，各方围绕“一带一路”跨境商贸合作、农产品出口平台等多个领域的合作发展机遇进行了发言和交流。各方希望深化在跨境贸易、农产品出口等方面的合作，立足各自区位优势和产业基础，寻求差异化、错位发展，积极推动联合创新区建设和后续深度合作。</p>"
            ),
            "ru": (
                "<p>9 и 10 марта делегация во главе с Чжу Цзидуном, секретарём партийного рабочего комитета и председателем Административного комитета пограничной зоны экономического сотрудничества Джеминай (Синьцзян), а также руководители административных комитетов национальной зоны развития новых и высоких технологий Цзыбо и зоны свободной торговли Линьи посетили Демонстрационную зону местного торгово-экономического сотрудничества Китай — ШОС (SCODA) для изучения опыта и обмена мнениями. Гости приняли участие в обсуждении скоординированного развития промышленных парков, сотрудничества и совместного развития.</p>"
                "<p>Пограничный переход Джеминай — важный узел международного транспортного коридора Китай — Казахстан — Россия и ключевая опора «северного маршрута» в стратегии «трёх маршрутов — южного, центрального и северного» для торгово-логистических коридоров Синьцзяна; он занимает особое стратегическое положение в системе внешней открытости Синьцзяна. На встрече стороны обсудили приграничную логистику, трансграничную торговлю и международный туризм и достигли согласия о совместном развитии своих промышленных парков.</p>"
                "<p>Заслушав информацию о развитии интеллектуального производства, торговли и логистики и других ключевых отраслей в зоне свободной торговли Линьи и национальной зоне развития новых и высоких технологий Цзыбо, стороны выступили и обменялись мнениями о возможностях сотрудничества в различных областях, в том числе о трансграничном торгово-экономическом сотрудничестве в рамках инициативы «Пояс и путь» и о платформе экспорта сельскохозяйственной продукции. Стремясь углублять сотрудничество в трансграничной торговле, экспорте сельхозпродукции и других сферах, стороны намерены также добиваться дифференцированного и взаимодополняющего развития с учётом своих географических преимуществ и промышленной базы, чтобы активно продвигать создание совместных инновационных зон и дальнейшее углублённое сотрудничество.</p>"
            ),
        },
    },
    {
        "key": "sco-express-tashkent",
        "column": "zone-news",
        "published": "2020-09-28 10:30:00",
        "author": "admin",
        "source": {
            "en": "Logistics Development Bureau",
            "zh": "物流发展局",
            "ru": "Бюро развития логистики",
        },
        "recommended": True,
        "hits": 864,
        "cover": "photo-freight-train",
        "tags": {
            "en": ["Logistics", "Central Asia", "Belt and Road"],
            "zh": ["物流", "中亚", "一带一路"],
            "ru": ["Логистика", "Центральная Азия", "Пояс и путь"],
        },
        "title": {
            "en": "SCO Express Launches Regular Freight Service from Jiaozhou to Tashkent",
            "zh": "“上合快线”胶州—塔什干班列实现常态化开行",
            "ru": "«Экспресс ШОС» открыл регулярное грузовое сообщение Цзяочжоу — Ташкент",
        },
        "summary": {
            "en": "A weekly SCO Express freight service now links the SCO multimodal rail terminal in Jiaozhou with Tashkent, cutting transit time to around ten days.",
            "zh": "胶州至乌兹别克斯坦塔什干的“上合快线”班列实现每周常态化开行，全程运行时间约10天。",
            "ru": "Еженедельный поезд «Экспресс ШОС» связал мультимодальный терминал в Цзяочжоу с Ташкентом; время в пути — около десяти дней.",
        },
        "body": {
            "en": (
                "<p>On September 27, a freight train carrying 50 containers of construction machinery parts, household appliances and textiles left the SCO multimodal rail terminal in Jiaozhou for Tashkent, Uzbekistan. The departure marks the start of a regular weekly SCO Express service on the route.</p>"
                "<p>The train leaves China through the Khorgos border crossing in Xinjiang and continues via Kazakhstan. The journey of about 5,000 kilometres takes around ten days, less than half the time of the combined sea and road route that many shippers in Shandong used before.</p>"
                "<p>The Logistics Development Bureau of SCODA said the service is operated together with railway and freight-forwarding partners and offers full-container and less-than-container-load bookings, customs clearance at the departure station and cargo tracking. Return trains will bring cotton yarn, dried fruit and other products from Uzbekistan to Shandong.</p>"
            ),
            "zh": (
                "<p>9月27日，一列满载50个标准箱工程机械配件、家用电器和纺织品的班列从胶州上合多式联运中心铁路场站驶出，开往乌兹别克斯坦首都塔什干，标志着该线路“上合快线”实现每周一列的常态化开行。</p>"
                "<p>班列经新疆霍尔果斯口岸出境，途经哈萨克斯坦，全程约5000公里，运行时间约10天，较山东企业以往采用的海运加公路联运方式缩短一半以上。</p>"
                "<p>上合示范区物流发展局相关负责人介绍，该线路由示范区联合铁路部门和货代企业共同运营，提供整箱和拼箱订舱、始发站报关和全程货物追踪服务。回程班列将把乌兹别克斯坦的棉纱、干果等产品运抵山东。</p>"
            ),
            "ru": (
                "<p>27 сентября грузовой поезд с 50 контейнерами запасных частей для строительной техники, бытовой техники и текстиля отправился с мультимодального железнодорожного терминала ШОС в Цзяочжоу в Ташкент (Узбекистан). С этого рейса на маршруте начинается регулярное еженедельное движение поездов «Экспресс ШОС».</p>"
                "<p>Поезд покидает Китай через пограничный переход Хоргос в Синьцзяне и следует транзитом через Казахстан. Путь длиной около 5000 километров занимает примерно десять дней — вдвое меньше, чем комбинированная морская и автомобильная доставка, которой прежде пользовались многие грузоотправители Шаньдуна.</p>"
                "<p>В Бюро развития логистики SCODA сообщили, что маршрут обслуживается совместно с железнодорожными и экспедиторскими компаниями: доступны перевозки полными контейнерами и сборными грузами, таможенное оформление на станции отправления и отслеживание груза. Обратными рейсами в Шаньдун будут доставляться хлопковая пряжа, сухофрукты и другие товары из Узбекистана.</p>"
            ),
        },
    },
    {
        "key": "expo-2021",
        "column": "zone-news",
        "published": "2021-04-27 18:20:00",
        "author": "admin",
        "source": {"en": "", "zh": ""},
        "recommended": True,
        "hits": 1532,
        "cover": "photo-expo-hall",
        "tags": {
            "en": ["Events", "SCO", "Trade"],
            "zh": ["活动", "上合组织", "贸易"],
            "ru": ["Мероприятия", "ШОС", "Торговля"],
        },
        "title": {
            "en": "China-SCO Expo Opens in Qingdao with Products from SCO Countries on Show",
            "zh": "中国—上海合作组织博览会在青岛开幕 上合组织国家特色商品集中亮相",
            "ru": "В Циндао открылась выставка Китай — ШОС с продукцией стран ШОС",
        },
        "summary": {
            "en": "The China-SCO Expo opened in Qingdao on April 26, bringing together exhibitors from SCO countries, provincial trade delegations and buyers from across China.",
            "zh": "4月26日，中国—上海合作组织博览会在青岛开幕，上合组织国家参展商、各省市经贸代表团和全国采购商齐聚一堂。",
            "ru": "26 апреля в Циндао открылась выставка Китай — ШОС, собравшая экспонентов из стран ШОС, торговые делегации провинций и закупщиков со всего Китая.",
        },
        "body": {
            "en": (
                "<p>The China-SCO Expo opened in Qingdao on April 26. Over four days, the exhibition presents goods and services from SCO member states, observer states and dialogue partners, from Russian confectionery and Kazakh flour to Uzbek textiles and Pakistani handicrafts.</p>"
                "<p>SCODA organised a national pavilion area for SCO countries and a logistics and trade services zone where freight operators, banks and customs brokers met exhibitors and buyers. Matchmaking sessions were held each afternoon for importers from Shandong and exporters from Central Asia.</p>"
                "<p>During the opening day, the demonstration area signed agreements with trading companies and logistics operators covering commodity import centres, overseas warehouses and new freight train routes. The Administrative Committee said the Expo will be held regularly as a permanent platform for trade between China and SCO countries.</p>"
            ),
            "zh": (
                "<p>4月26日，中国—上海合作组织博览会在青岛开幕。展会为期4天，集中展示上合组织成员国、观察员国和对话伙伴国的商品与服务，从俄罗斯糖果、哈萨克斯坦面粉到乌兹别克斯坦纺织品、巴基斯坦手工艺品，琳琅满目。</p>"
                "<p>上合示范区设置了上合组织国家国家馆展区和物流贸易服务展区，班列运营商、银行和报关企业与参展商、采购商面对面洽谈。展会期间每天下午举办山东进口商与中亚出口商专场对接会。</p>"
                "<p>开幕当天，示范区与多家贸易企业和物流企业签署合作协议，涉及商品进口中心、海外仓和班列新线路等内容。管委会表示，博览会将常态化举办，打造中国与上合组织国家贸易往来的长期平台。</p>"
            ),
            "ru": (
                "<p>26 апреля в Циндао открылась выставка Китай — ШОС. В течение четырёх дней на ней представлены товары и услуги государств — членов ШОС, наблюдателей и партнёров по диалогу: от российских кондитерских изделий и казахстанской муки до узбекского текстиля и пакистанских ремесленных изделий.</p>"
                "<p>SCODA организовала зону национальных павильонов стран ШОС и зону логистических и торговых услуг, где операторы грузовых поездов, банки и таможенные брокеры встречались с экспонентами и покупателями. Ежедневно после обеда проходили деловые встречи импортёров Шаньдуна с экспортёрами из Центральной Азии.</p>"
                "<p>В день открытия демонстрационная зона подписала соглашения с торговыми и логистическими компаниями о центрах импорта товаров, зарубежных складах и новых маршрутах грузовых поездов. В Административном комитете отметили, что выставка будет проводиться регулярно как постоянная площадка торговли между Китаем и странами ШОС.</p>"
            ),
        },
    },
    {
        "key": "business-centre-opens",
        "column": "zone-news",
        "published": "2022-06-16 09:45:00",
        "author": "admin",
        "hits": 692,
        "cover": "photo-business-centre",
        "tags": {"en": ["Investment", "SCO"], "zh": ["投资", "上合组织"]},
        "title": {
            "en": "SCO International Business Centre Opens as First Tenants Move In",
            "zh": "上合国际商务中心启用 首批入驻企业集中签约",
        },
        "summary": {
            "en": "The SCO International Business Centre in the core area of SCODA has opened, with trading companies, banks and service providers among its first tenants.",
            "zh": "位于上合示范区核心区的上合国际商务中心正式启用，首批入驻企业涵盖贸易、金融和专业服务等领域。",
        },
        "body": {
            "en": (
                "<p>The SCO International Business Centre, located in the core area of SCODA, officially opened on June 15. The first tenants include international trading companies, branches of commercial banks, freight forwarders, law firms and representative offices of business associations from SCO countries.</p>"
                "<p>The centre offers ready-to-use offices of different sizes, shared meeting rooms, an exhibition hall for products from SCO countries and a service counter of the Government Service Centre, where companies can complete business registration and apply for permits without leaving the building.</p>"
                "<p>The Investment Promotion Bureau said the business centre is designed to bring headquarters functions, trade settlement and professional services together next to the multimodal logistics hub, so that goods flows and business flows reinforce each other.</p>"
            ),
            "zh": (
                "<p>6月15日，位于上合示范区核心区的上合国际商务中心正式启用。首批入驻主体包括国际贸易企业、商业银行分支机构、货代企业、律师事务所以及上合组织国家商协会代表处。</p>"
                "<p>商务中心提供多种面积的精装办公空间、共享会议室、上合组织国家商品展厅，并设有政务服务中心服务窗口，企业不出楼即可办理登记注册和行政许可事项。</p>"
                "<p>投资促进局相关负责人表示，商务中心紧邻多式联运中心，旨在集聚总部经济、贸易结算和专业服务功能，推动“物流”与“商流”相互促进、融合发展。</p>"
            ),
        },
    },
    {
        "key": "ecommerce-milestone",
        "column": "zone-news",
        "published": "2023-03-21 15:10:00",
        "author": "admin",
        "recommended": True,
        "hits": 1018,
        "cover": "photo-ecommerce",
        "tags": {
            "en": ["Cross-border E-commerce", "Trade", "Logistics"],
            "zh": ["跨境电商", "贸易", "物流"],
        },
        "title": {
            "en": "Cross-border E-commerce Park Processes Its 10 Millionth Parcel",
            "zh": "跨境电商产业园累计处理包裹突破1000万件",
        },
        "summary": {
            "en": "Parcels handled at the Cross-border E-commerce Park passed the 10 million mark, driven by exports to Central Asia and Russia and bonded imports of consumer goods.",
            "zh": "受对中亚、俄罗斯出口和消费品保税进口带动，跨境电商产业园累计处理包裹突破1000万件。",
        },
        "body": {
            "en": (
                "<p>On March 20, the Cross-border E-commerce Park of SCODA processed its 10 millionth parcel, a box of small home appliances bound for a customer in Almaty. The park has handled parcels since the end of 2020 and now serves more than 200 e-commerce sellers and service providers.</p>"
                "<p>Exports, mainly clothing, small appliances, auto parts and household goods, account for most of the volume and are shipped by SCO Express trains, air cargo from Qingdao Jiaodong International Airport and trucks. Bonded imports of food, cosmetics and health products from Russia and Central Asia are growing quickly.</p>"
                "<p>The park's customs supervision centre clears parcels around the clock, and companies can use shared services for warehousing, packaging, payment and overseas returns. The Trade and Finance Bureau plans to add overseas warehouses in Kazakhstan and Uzbekistan this year.</p>"
            ),
            "zh": (
                "<p>3月20日，上合示范区跨境电商产业园迎来第1000万件包裹，这是一箱发往阿拉木图消费者的小家电。产业园自2020年底投入运营以来，已服务跨境电商卖家和服务企业200余家。</p>"
                "<p>出口包裹以服装、小家电、汽车配件和家居用品为主，通过“上合快线”班列、青岛胶东国际机场航空货运和公路运输发往境外；来自俄罗斯和中亚的食品、化妆品、保健品等保税进口业务增长迅速。</p>"
                "<p>产业园海关监管中心实行全天候通关，企业可共享仓储、包装、支付和海外退换货等服务。贸易金融局表示，今年将在哈萨克斯坦和乌兹别克斯坦新增海外仓。</p>"
            ),
        },
    },
    {
        "key": "samarkand-delegation",
        "column": "zone-news",
        "published": "2023-10-12 16:40:00",
        "author": "admin",
        "hits": 431,
        "cover": "photo-delegation",
        "tags": {
            "en": ["Cooperation", "Central Asia", "Trade"],
            "zh": ["合作", "中亚", "贸易"],
        },
        "title": {
            "en": "Delegation from Samarkand Region Explores Agricultural Trade Cooperation with SCODA",
            "zh": "乌兹别克斯坦撒马尔罕州代表团来访 共商农产品贸易合作",
        },
        "summary": {
            "en": "A government and business delegation from Samarkand Region of Uzbekistan visited SCODA to discuss exports of fruit and vegetables and cold-chain logistics.",
            "zh": "乌兹别克斯坦撒马尔罕州政府和企业代表团到访上合示范区，就果蔬出口和冷链物流合作进行洽谈。",
        },
        "body": {
            "en": (
                "<p>On October 11, a delegation of government officials and agricultural exporters from Samarkand Region of Uzbekistan visited SCODA. The guests toured the multimodal rail terminal, the bonded logistics centre and the SCO commodity exhibition hall.</p>"
                "<p>At a business meeting, the two sides discussed exports of fresh and dried fruit, vegetables and nuts from Samarkand to China, phytosanitary requirements, and the use of refrigerated containers on SCO Express trains. Importers from Qingdao and Weifang presented their purchasing plans for the coming season.</p>"
                "<p>Both sides agreed to set up a working group on agricultural trade and to study a joint sorting and packaging centre in Samarkand that would prepare produce for rail shipment to Shandong.</p>"
            ),
            "zh": (
                "<p>10月11日，乌兹别克斯坦撒马尔罕州政府官员和农产品出口企业代表团到访上合示范区，先后参观了多式联运中心铁路场站、保税物流中心和上合组织国家商品展厅。</p>"
                "<p>在企业对接会上，双方围绕撒马尔罕鲜果、干果、蔬菜和坚果对华出口、动植物检疫要求以及“上合快线”冷藏集装箱运输等议题深入交流。来自青岛和潍坊的进口企业介绍了下一季度的采购计划。</p>"
                "<p>双方商定成立农产品贸易工作组，并研究在撒马尔罕共建分拣包装中心，为农产品经铁路运往山东做好前端准备。</p>"
            ),
        },
    },
    {
        "key": "cold-chain-almaty",
        "column": "zone-news",
        "published": "2024-07-09 11:00:00",
        "author": "admin",
        "hits": 577,
        "cover": "photo-cold-chain",
        "tags": {
            "en": ["Logistics", "Central Asia", "Trade"],
            "zh": ["物流", "中亚", "贸易"],
        },
        "title": {
            "en": "First Cold-chain Rail Service to Almaty Departs from SCODA",
            "zh": "上合示范区首趟至阿拉木图冷链班列发车",
        },
        "summary": {
            "en": "A refrigerated container train carrying seafood, fruit and frozen food left SCODA for Almaty, opening a temperature-controlled rail route to Central Asia.",
            "zh": "一列装载海产品、水果和速冻食品的冷藏集装箱班列从上合示范区开往阿拉木图，开辟了通往中亚的温控铁路通道。",
        },
        "body": {
            "en": (
                "<p>On July 8, the first cold-chain train of SCODA left the multimodal rail terminal for Almaty, Kazakhstan. Its 40 refrigerated containers carry seafood from Qingdao, apples from Yantai, vegetables from Shouguang and frozen food made in the demonstration area.</p>"
                "<p>Each container is powered throughout the journey and monitored remotely, keeping temperatures between minus 18 and plus 4 degrees Celsius depending on the cargo. The journey to Almaty takes about seven days.</p>"
                "<p>The Logistics Development Bureau said the service will run twice a month at first, with return trains bringing meat, dairy products and fruit from Kazakhstan. A new cold-storage warehouse next to the rail terminal will be completed by the end of the year.</p>"
            ),
            "zh": (
                "<p>7月8日，上合示范区首趟冷链班列从多式联运中心铁路场站驶出，开往哈萨克斯坦阿拉木图。班列搭载40个冷藏集装箱，装运青岛海产品、烟台苹果、寿光蔬菜以及示范区企业生产的速冻食品。</p>"
                "<p>冷藏集装箱全程供电并远程监控，根据货物品类将温度控制在零下18摄氏度至零上4摄氏度之间，至阿拉木图全程约7天。</p>"
                "<p>物流发展局表示，该线路初期每月开行两列，回程将运输哈萨克斯坦的肉类、乳制品和水果。铁路场站旁的新建冷库将于年底前竣工。</p>"
            ),
        },
    },
    {
        "key": "kazakhstan-signing",
        "column": "zone-news",
        "published": "2025-05-20 17:30:00",
        "author": "admin",
        "hits": 742,
        "cover": "photo-signing",
        "tags": {
            "en": ["Investment", "Cooperation", "Central Asia"],
            "zh": ["投资", "合作", "中亚"],
            "ru": ["Инвестиции", "Сотрудничество", "Центральная Азия"],
        },
        "title": {
            "en": "SCODA and Kazakh Partners Sign Eight Projects on Logistics and Agricultural Processing",
            "zh": "上合示范区与哈萨克斯坦合作伙伴签约8个物流和农产品加工项目",
            "ru": "SCODA и казахстанские партнёры подписали восемь проектов в сфере логистики и переработки сельхозпродукции",
        },
        "summary": {
            "en": "Eight cooperation projects covering logistics, grain and oilseed processing and overseas warehousing were signed at a SCODA investment promotion event for Kazakhstan.",
            "zh": "在上合示范区面向哈萨克斯坦的投资推介活动上，双方签约物流、粮油加工和海外仓等8个合作项目。",
            "ru": "На инвестиционной презентации SCODA для Казахстана подписаны восемь проектов в сфере логистики, переработки зерна и масличных культур и зарубежных складов.",
        },
        "body": {
            "en": (
                "<p>An investment promotion event of SCODA for Kazakhstan was held in the demonstration area on May 19, attended by representatives of Kazakh regional governments, logistics companies, agricultural producers and Chinese investors.</p>"
                "<p>Eight projects were signed at the event. They include a joint logistics company operating container trains between Jiaozhou and Almaty, a plant in SCODA processing imported wheat and sunflower seeds, and overseas warehouses in Almaty and Shymkent serving cross-border e-commerce sellers.</p>"
                "<p>The Investment Promotion Bureau will follow each project with a dedicated service team covering registration, land, customs procedures and financing, and will report progress to the partners every quarter.</p>"
            ),
            "zh": (
                "<p>5月19日，上合示范区面向哈萨克斯坦的投资推介会在示范区举行，哈萨克斯坦地方政府、物流企业、农业生产企业代表以及中方投资企业参加。</p>"
                "<p>推介会现场签约8个项目，包括合资运营胶州—阿拉木图集装箱班列的物流公司、在示范区加工进口小麦和葵花籽的粮油加工厂，以及在阿拉木图和奇姆肯特服务跨境电商卖家的海外仓等。</p>"
                "<p>投资促进局将为每个项目配备专班服务，涵盖企业登记、用地保障、通关手续和融资对接，并按季度向合作方通报项目进展。</p>"
            ),
            "ru": (
                "<p>19 мая в демонстрационной зоне прошла инвестиционная презентация SCODA для Казахстана с участием представителей региональных акиматов, логистических компаний, сельхозпроизводителей Казахстана и китайских инвесторов.</p>"
                "<p>На мероприятии подписаны восемь проектов. Среди них — совместная логистическая компания, которая будет обслуживать контейнерные поезда между Цзяочжоу и Алматы, завод в SCODA по переработке импортной пшеницы и семян подсолнечника, а также зарубежные склады в Алматы и Шымкенте для продавцов трансграничной электронной торговли.</p>"
                "<p>Бюро по привлечению инвестиций закрепит за каждым проектом отдельную команду сопровождения — по вопросам регистрации, земли, таможенных процедур и финансирования — и будет ежеквартально информировать партнёров о ходе работ.</p>"
            ),
        },
    },
    {
        "key": "forum-2026",
        "column": "zone-news",
        "published": "2026-09-23 10:00:00",
        "author": "admin",
        "recommended": True,
        "pinned": True,
        "sort": 10,
        "hits": 2310,
        "cover": "photo-forum",
        "tags": {
            "en": ["Events", "SCO", "Cooperation", "Belt and Road"],
            "zh": ["活动", "上合组织", "合作", "一带一路"],
            "ru": ["Мероприятия", "ШОС", "Сотрудничество", "Пояс и путь"],
        },
        "title": {
            "en": "2026 SCO Local Economic and Trade Cooperation Forum Opens in Qingdao",
            "zh": "2026上海合作组织地方经贸合作论坛在青岛开幕",
            "ru": "В Циндао открылся Форум местного торгово-экономического сотрудничества ШОС 2026",
        },
        "summary": {
            "en": "Representatives of local governments, business associations and enterprises from SCO countries gathered in Qingdao to discuss connectivity, green trade and digital cooperation.",
            "zh": "上合组织国家地方政府、商协会和企业代表齐聚青岛，围绕互联互通、绿色贸易和数字合作开展交流。",
            "ru": "Представители местных органов власти, деловых ассоциаций и компаний стран ШОС собрались в Циндао, чтобы обсудить транспортную связанность, зелёную торговлю и цифровое сотрудничество.",
        },
        "body": {
            "en": (
                "<p>The 2026 SCO Local Economic and Trade Cooperation Forum opened in Qingdao on September 22. Under the theme Connectivity, Green Trade and Digital Cooperation, the forum brought together representatives of local governments, business associations, enterprises and research institutions from SCO member states, observer states and dialogue partners.</p>"
                "<p>Parallel sessions covered logistics corridors between East Asia and Central Asia, trade in green energy equipment, cross-border payments and digital customs procedures. A roundtable of mayors and governors discussed twinning arrangements between industrial parks.</p>"
                "<p>During the forum, SCODA released its annual report on local economic and trade cooperation with SCO countries and signed cooperation memoranda with partner cities and business associations. The exhibition of products from SCO countries at the forum venue is open to the public until September 25.</p>"
            ),
            "zh": (
                "<p>9月22日，2026上海合作组织地方经贸合作论坛在青岛开幕。论坛以“互联互通、绿色贸易、数字合作”为主题，上合组织成员国、观察员国和对话伙伴国的地方政府、商协会、企业和研究机构代表出席。</p>"
                "<p>论坛期间举办多场平行分论坛，议题涵盖东亚与中亚间的物流通道、绿色能源装备贸易、跨境支付和数字化通关等。地方政府负责人圆桌会议围绕产业园区结对合作进行了探讨。</p>"
                "<p>论坛期间，上合示范区发布了与上合组织国家地方经贸合作年度报告，并与多个友好城市和商协会签署合作备忘录。论坛会场的上合组织国家商品展向公众开放至9月25日。</p>"
            ),
            "ru": (
                "<p>22 сентября в Циндао открылся Форум местного торгово-экономического сотрудничества ШОС 2026. Под девизом «Связанность, зелёная торговля и цифровое сотрудничество» форум собрал представителей местных органов власти, деловых ассоциаций, компаний и исследовательских организаций государств — членов ШОС, наблюдателей и партнёров по диалогу.</p>"
                "<p>Параллельные сессии были посвящены логистическим коридорам между Восточной и Центральной Азией, торговле оборудованием для зелёной энергетики, трансграничным платежам и цифровым таможенным процедурам. На круглом столе мэров и губернаторов обсуждалось побратимство промышленных парков.</p>"
                "<p>В ходе форума SCODA представила ежегодный доклад о местном торгово-экономическом сотрудничестве со странами ШОС и подписала меморандумы о сотрудничестве с городами-партнёрами и деловыми ассоциациями. Выставка продукции стран ШОС на площадке форума открыта для посетителей до 25 сентября.</p>"
            ),
        },
    },
    {
        "key": "russian-service-desk",
        "column": "zone-news",
        "published": "2026-10-15 14:20:00",
        "author": "admin",
        "hits": 316,
        "cover": "photo-service-hall",
        "tags": {
            "en": ["Investment", "Russia", "SCO"],
            "zh": ["投资", "俄罗斯", "上合组织"],
            "ru": ["Инвестиции", "Россия", "ШОС"],
        },
        "title": {
            "en": "SCODA Opens Russian-language Service Desk for Investors",
            "zh": "上合示范区开设俄语投资服务专窗",
            "ru": "В SCODA открылась русскоязычная служба поддержки инвесторов",
        },
        "summary": {
            "en": "A Russian-language desk at the Government Service Centre now helps investors from Russia and Central Asia with registration, permits, visas and daily life.",
            "zh": "政务服务中心开设俄语服务专窗，为俄罗斯和中亚投资者提供登记注册、行政许可、签证和生活服务。",
            "ru": "В Центре государственных услуг начала работу русскоязычная служба, которая помогает инвесторам из России и Центральной Азии с регистрацией, разрешениями, визами и бытовыми вопросами.",
        },
        "body": {
            "en": (
                "<p>From October 15, investors from Russia and Central Asian countries can receive services in Russian at a dedicated desk in the Government Service Centre of SCODA. The desk is staffed by officers who speak Russian and are trained in company registration, permits and foreign employee procedures.</p>"
                "<p>Services include guidance on setting up a company, translation of application forms, appointments with the customs and tax authorities, work and residence permits for foreign staff, and help with opening bank accounts, renting housing and finding schools.</p>"
                "<p>The desk is open during regular office hours and can be reached by telephone on +86 532 8826 8050. The investment guide, the compilation of preferential policies and the business registration checklist are available in the Downloads section of this website.</p>"
            ),
            "zh": (
                "<p>自10月15日起，来自俄罗斯和中亚国家的投资者可在上合示范区政务服务中心俄语服务专窗获得俄语服务。专窗工作人员精通俄语，熟悉企业登记、行政许可和外籍人员办事流程。</p>"
                "<p>服务内容包括企业设立指导、申请材料翻译、预约海关和税务部门、外籍员工工作许可和居留许可办理，以及协助开立银行账户、租房和子女入学等。</p>"
                "<p>专窗在正常办公时间对外服务，咨询电话 +86 532 8826 8050。投资指南、优惠政策汇编和企业开办材料清单可在本网站“资料下载”栏目获取。</p>"
            ),
            "ru": (
                "<p>С 15 октября инвесторы из России и стран Центральной Азии могут получать услуги на русском языке в специальном окне Центра государственных услуг SCODA. В нём работают русскоговорящие сотрудники, подготовленные по вопросам регистрации компаний, разрешений и процедур для иностранных работников.</p>"
                "<p>Служба консультирует по созданию компании, помогает с переводом заявлений, записывает на приём в таможенные и налоговые органы, оформляет разрешения на работу и вид на жительство для иностранного персонала, а также помогает открыть банковский счёт, арендовать жильё и подобрать школу.</p>"
                "<p>Служба работает в обычные часы приёма, телефон: +86 532 8826 8050. Путеводитель инвестора, сборник льгот и перечень документов для регистрации компании размещены в разделе «Документы» этого сайта.</p>"
            ),
        },
    },
    {
        # Scheduled: must stay invisible until its publication time.
        "key": "upcoming-investment-conference",
        "column": "zone-news",
        "published": "2030-01-01 09:00:00",
        "status": "published",
        "author": "admin",
        "cover": "photo-signing",
        "tags": {"en": ["Events", "Investment"], "zh": ["活动", "投资"]},
        "title": {
            "en": "SCODA to Hold 2030 New Year Investment Promotion Conference",
            "zh": "上合示范区将举办2030年新春投资推介会",
        },
        "summary": {
            "en": "The annual New Year investment promotion conference will present new industrial land, logistics routes and support policies to investors from China and SCO countries.",
            "zh": "年度新春投资推介会将向国内外投资者推介示范区新增产业用地、物流线路和扶持政策。",
        },
        "body": {
            "en": (
                "<p>The Administrative Committee of SCODA will hold its 2030 New Year Investment Promotion Conference at the SCO International Exhibition Centre in January. The conference will present newly available industrial land, logistics routes opening this year and the updated compilation of support policies.</p>"
                "<p>Enterprises wishing to attend can register through the Investment Inquiry page of this website. Bilateral meetings with the Investment Promotion Bureau can be booked in advance.</p>"
            ),
            "zh": (
                "<p>上合示范区管委会将于1月在上合国际会展中心举办2030年新春投资推介会，集中推介新增产业用地、年内新开物流线路和最新修订的扶持政策汇编。</p>"
                "<p>有意参会的企业可通过本网站“投资咨询”栏目报名，并可提前预约与投资促进局的一对一洽谈。</p>"
            ),
        },
    },
    {
        # Draft: must never appear on the public site.
        "key": "draft-quarterly-report",
        "column": "zone-news",
        "published": "2026-10-28 09:00:00",
        "status": "draft",
        "author": "admin",
        "tags": {"en": ["Trade", "Investment"], "zh": ["贸易", "投资"]},
        "title": {
            "en": "SCODA Reviews Its Work in the First Three Quarters of 2026",
            "zh": "上合示范区召开2026年前三季度工作总结会",
        },
        "summary": {
            "en": "The Administrative Committee reviewed progress on logistics, trade and investment projects in the first three quarters and set priorities for the fourth quarter.",
            "zh": "管委会总结前三季度物流、贸易和投资项目推进情况，部署第四季度重点工作。",
        },
        "body": {
            "en": (
                "<p>The Administrative Committee of SCODA held a meeting on October 27 to review its work in the first three quarters of 2026, covering freight train operations, foreign trade, investment projects and services for enterprises.</p>"
                "<p>The meeting set priorities for the fourth quarter, including the completion of the cold-storage warehouse, the launch of new overseas warehouses and preparations for next year's investment promotion events.</p>"
            ),
            "zh": (
                "<p>10月27日，上合示范区管委会召开会议，总结2026年前三季度班列运营、外贸进出口、投资项目和企业服务等方面工作。</p>"
                "<p>会议部署了第四季度重点任务，包括冷库项目竣工、新增海外仓投用以及明年投资推介活动筹备等。</p>"
            ),
        },
    },
    # ------------------------------------------------------------------ Policies & Notices
    {
        "key": "notice-tax-incentives",
        "column": "policy",
        "published": "2020-11-06 09:00:00",
        "author": "admin",
        "source": {
            "en": "Administrative Committee of SCODA",
            "zh": "上合示范区管委会",
            "ru": "Административный комитет SCODA",
        },
        "hits": 1276,
        "cover": "photo-policy",
        "tags": {
            "en": ["Policy", "Investment"],
            "zh": ["政策", "投资"],
            "ru": ["Политика", "Инвестиции"],
        },
        "title": {
            "en": "Notice on Implementing Corporate Income Tax Incentives for Enterprises in SCODA",
            "zh": "关于做好上合示范区企业所得税优惠政策落实工作的通知",
            "ru": "Уведомление о применении льгот по налогу на прибыль для предприятий SCODA",
        },
        "summary": {
            "en": "The notice explains which national corporate income tax incentives apply to enterprises in SCODA and how to claim them with the help of the Government Service Centre.",
            "zh": "通知明确了示范区企业可享受的国家企业所得税优惠政策及办理方式，政务服务中心提供全程辅导。",
            "ru": "В уведомлении разъясняется, какие общенациональные льготы по налогу на прибыль доступны предприятиям SCODA и как их получить при содействии Центра государственных услуг.",
        },
        "body": {
            "en": (
                "<p>To help enterprises in the demonstration area benefit fully from national tax policies, the Administrative Committee of SCODA, together with the local tax authority, issues the following notice.</p>"
                "<ol>"
                "<li>Enterprises recognised as high and new technology enterprises pay corporate income tax at the reduced rate of 15%.</li>"
                "<li>Qualifying research and development expenses may be deducted in addition to their actual amount, in accordance with the rules in force.</li>"
                "<li>Eligible small low-profit enterprises enjoy the reduced taxation applicable under current national policy.</li>"
                "<li>Enterprises in encouraged industries may in addition apply for the industrial support funds of the demonstration area.</li>"
                "</ol>"
                "<p>Incentives are claimed by self-assessment through the electronic tax service. The Government Service Centre offers free guidance on eligibility, recognition procedures and filing. Enquiries: +86 532 8826 8020.</p>"
            ),
            "zh": (
                "<p>为帮助示范区企业充分享受国家税收优惠政策，上合示范区管委会会同属地税务部门，现就有关事项通知如下。</p>"
                "<ol>"
                "<li>经认定的高新技术企业，减按15%的税率征收企业所得税。</li>"
                "<li>企业开展研发活动中实际发生的研发费用，按现行规定在据实扣除的基础上加计扣除。</li>"
                "<li>符合条件的小型微利企业，按国家现行政策享受减免优惠。</li>"
                "<li>属于鼓励类产业的企业，还可申请示范区产业扶持资金。</li>"
                "</ol>"
                "<p>上述优惠通过电子税务局“自行判别、申报享受”方式办理。政务服务中心免费提供资格判定、认定流程和申报辅导服务。咨询电话：+86 532 8826 8020。</p>"
            ),
            "ru": (
                "<p>Чтобы предприятия демонстрационной зоны могли в полной мере пользоваться общенациональными налоговыми льготами, Административный комитет SCODA совместно с местным налоговым органом сообщает следующее.</p>"
                "<ol>"
                "<li>Предприятия, признанные высокотехнологичными, уплачивают налог на прибыль по пониженной ставке 15%.</li>"
                "<li>Расходы на научные исследования и разработки в соответствии с действующими правилами могут вычитаться в размере, превышающем фактические затраты.</li>"
                "<li>Малые предприятия с низкой прибылью, отвечающие установленным критериям, пользуются льготами, предусмотренными действующей национальной политикой.</li>"
                "<li>Предприятия поощряемых отраслей могут дополнительно претендовать на средства фонда промышленной поддержки демонстрационной зоны.</li>"
                "</ol>"
                "<p>Льготы применяются в порядке самостоятельной оценки через электронную налоговую службу. Центр государственных услуг бесплатно консультирует по критериям, процедуре признания и подаче деклараций. Телефон: +86 532 8826 8020.</p>"
            ),
        },
    },
    {
        "key": "ecommerce-support-measures",
        "column": "policy",
        "published": "2022-02-25 10:00:00",
        "author": "admin",
        "source": {"en": "Administrative Committee of SCODA", "zh": "上合示范区管委会"},
        "hits": 903,
        "cover": "photo-ecommerce",
        "tags": {
            "en": ["Policy", "Cross-border E-commerce"],
            "zh": ["政策", "跨境电商"],
        },
        "title": {
            "en": "Measures of SCODA to Support the Development of Cross-border E-commerce (Trial)",
            "zh": "上合示范区支持跨境电商发展若干措施（试行）",
        },
        "summary": {
            "en": "Support for cross-border e-commerce companies settling in SCODA, including rent subsidies, logistics support, overseas warehouse funding and training.",
            "zh": "对落户上合示范区的跨境电商企业给予租金补贴、物流支持、海外仓建设扶持和人才培训等支持。",
        },
        "body": {
            "en": (
                "<p>To build a cross-border e-commerce cluster oriented to SCO countries, the following trial measures apply to cross-border e-commerce platforms, sellers and service providers registered and paying taxes in SCODA.</p>"
                "<ul>"
                "<li><strong>Office and warehouse space:</strong> rent subsidies for enterprises moving into the Cross-border E-commerce Park during their first three years of operation.</li>"
                "<li><strong>Logistics:</strong> support for parcels shipped to SCO countries by SCO Express trains and for charter flights from Qingdao Jiaodong International Airport.</li>"
                "<li><strong>Overseas warehouses:</strong> one-off funding for overseas warehouses built or leased in SCO countries that meet the service standards of the park.</li>"
                "<li><strong>Talent:</strong> free training courses on platform operation, foreign-language live streaming and export compliance.</li>"
                "</ul>"
                "<p>The measures are valid for three years from the date of publication. Detailed application procedures are announced each year by the Trade and Finance Bureau.</p>"
            ),
            "zh": (
                "<p>为打造面向上合组织国家的跨境电商产业集群，对在上合示范区登记注册并纳税的跨境电商平台、卖家和服务企业，实施以下试行措施。</p>"
                "<ul>"
                "<li><strong>办公仓储：</strong>对入驻跨境电商产业园的企业，在运营前三年给予租金补贴。</li>"
                "<li><strong>物流支持：</strong>对通过“上合快线”班列发往上合组织国家的包裹，以及从青岛胶东国际机场始发的包机业务给予支持。</li>"
                "<li><strong>海外仓：</strong>对在上合组织国家自建或租赁、符合产业园服务标准的海外仓给予一次性扶持。</li>"
                "<li><strong>人才培训：</strong>免费开展平台运营、外语直播和出口合规等培训课程。</li>"
                "</ul>"
                "<p>本措施自发布之日起试行三年。具体申报程序由贸易金融局每年另行发布。</p>"
            ),
        },
    },
    {
        "key": "logistics-fund-2023",
        "column": "policy",
        "published": "2023-04-10 09:30:00",
        "author": "admin",
        "source": {"en": "Logistics Development Bureau", "zh": "物流发展局"},
        "hits": 655,
        "cover": "photo-rail-terminal",
        "tags": {"en": ["Policy", "Logistics"], "zh": ["政策", "物流"]},
        "title": {
            "en": "Notice on Applications for the 2023 Multimodal Logistics Development Support Funds",
            "zh": "关于申报2023年度多式联运物流发展扶持资金的通知",
        },
        "summary": {
            "en": "Logistics enterprises in SCODA may apply for 2023 support funds for new freight train routes, sea-rail intermodal services and logistics facilities until May 31.",
            "zh": "示范区物流企业可于5月31日前申报2023年度班列新线路、海铁联运业务和物流设施建设扶持资金。",
        },
        "body": {
            "en": (
                "<p>Applications are now open for the 2023 Multimodal Logistics Development Support Funds of SCODA. The funds support projects that strengthen the logistics channels between the demonstration area and SCO countries.</p>"
                "<h3>Eligible projects</h3>"
                "<ol>"
                "<li>New international freight train routes starting from the SCO multimodal rail terminal;</li>"
                "<li>Sea-rail intermodal services between the terminal and Qingdao Port;</li>"
                "<li>Construction or upgrading of cold-chain, bonded and distribution facilities in the demonstration area;</li>"
                "<li>Digital logistics platforms connecting shippers, carriers and customs.</li>"
                "</ol>"
                "<h3>How to apply</h3>"
                "<p>Applicants must be registered in SCODA and have no record of serious dishonesty. Submit the application form and supporting documents to the Logistics Development Bureau before May 31, 2023. Enquiries: +86 532 8826 8030.</p>"
            ),
            "zh": (
                "<p>现启动上合示范区2023年度多式联运物流发展扶持资金申报工作。资金用于支持强化示范区与上合组织国家物流通道的项目。</p>"
                "<h3>支持范围</h3>"
                "<ol>"
                "<li>从上合多式联运中心铁路场站始发的国际班列新线路；</li>"
                "<li>场站与青岛港之间的海铁联运业务；</li>"
                "<li>示范区内冷链、保税和分拨设施的新建或改造；</li>"
                "<li>连接货主、承运人和海关的数字物流平台。</li>"
                "</ol>"
                "<h3>申报方式</h3>"
                "<p>申报单位须在示范区登记注册且无严重失信记录。请于2023年5月31日前将申报表及证明材料报送物流发展局。咨询电话：+86 532 8826 8030。</p>"
            ),
        },
    },
    {
        "key": "talent-housing-2025",
        "column": "policy",
        "published": "2024-11-28 15:00:00",
        "author": "admin",
        "source": {"en": "Administrative Committee of SCODA", "zh": "上合示范区管委会"},
        "hits": 488,
        "cover": "photo-business-centre",
        "tags": {"en": ["Policy", "Talent"], "zh": ["政策", "人才"]},
        "title": {
            "en": "Announcement on Housing Subsidies for High-level Talent in 2025",
            "zh": "关于2025年度高层次人才住房补贴申领工作的公告",
        },
        "summary": {
            "en": "High-level professionals employed by enterprises in SCODA, including foreign experts, can apply for 2025 housing subsidies from January 2 to March 31.",
            "zh": "示范区企业聘用的高层次人才（含外籍专家）可于1月2日至3月31日申领2025年度住房补贴。",
        },
        "body": {
            "en": (
                "<p>To attract and retain professionals for the development of the demonstration area, SCODA provides housing subsidies to high-level talent employed by enterprises and institutions registered in the area. Foreign experts holding a valid work permit are eligible on the same terms.</p>"
                "<p>Applicants must have worked in the demonstration area for at least six months, have an employment contract of at least three years, and not own housing in Jiaozhou. The subsidy is paid monthly for up to three years, or as a one-off grant towards a first home purchase.</p>"
                "<p>Applications for 2025 are accepted from January 2 to March 31 at the Government Service Centre or online. The list of required documents is available from the Government Service Centre, telephone +86 532 8826 8020.</p>"
            ),
            "zh": (
                "<p>为吸引和留住示范区建设发展所需人才，上合示范区对区内注册企业和机构聘用的高层次人才发放住房补贴。持有效工作许可的外籍专家同等享受。</p>"
                "<p>申请人须在示范区工作满6个月、签订3年以上劳动合同，且在胶州市无自有住房。补贴按月发放，最长3年；首次购房的也可申请一次性购房补贴。</p>"
                "<p>2025年度申领时间为1月2日至3月31日，可在政务服务中心现场办理或网上申请。所需材料清单可向政务服务中心咨询，电话：+86 532 8826 8020。</p>"
            ),
        },
    },
    {
        "key": "rmb-settlement-guidelines",
        "column": "policy",
        "published": "2025-08-14 10:30:00",
        "author": "admin",
        "source": {"en": "Trade and Finance Bureau", "zh": "贸易金融局"},
        "hits": 529,
        "cover": "photo-finance",
        "tags": {"en": ["Policy", "Finance", "Trade"], "zh": ["政策", "金融", "贸易"]},
        "title": {
            "en": "Guidelines on Facilitating Cross-border RMB Settlement for Trade with SCO Countries",
            "zh": "关于便利与上合组织国家贸易跨境人民币结算的指引",
        },
        "summary": {
            "en": "Practical guidance for enterprises in SCODA on settling trade with SCO countries in RMB, including simplified documentation and trade credit insurance support.",
            "zh": "为示范区企业与上合组织国家贸易使用人民币结算提供操作指引，包括简化单证和出口信用保险支持等。",
        },
        "body": {
            "en": (
                "<p>These guidelines help enterprises in SCODA use the renminbi to settle trade in goods and services with partners in SCO countries, reducing exchange-rate risk and settlement costs.</p>"
                "<ul>"
                "<li>Enterprises with good compliance records may settle cross-border RMB payments with simplified documentation at participating banks in the demonstration area.</li>"
                "<li>Banks in the area offer RMB trade financing, including export credit, import letters of credit and supply chain finance based on freight train documents.</li>"
                "<li>Enterprises that insure exports to SCO countries with trade credit insurance may apply for partial premium support.</li>"
                "</ul>"
                "<p>The Trade and Finance Bureau organises regular briefings with banks and the insurer. A list of participating banks and contacts is available from the bureau at +86 532 8826 8040.</p>"
            ),
            "zh": (
                "<p>本指引旨在帮助上合示范区企业在与上合组织国家开展货物和服务贸易时使用人民币结算，降低汇率风险和结算成本。</p>"
                "<ul>"
                "<li>合规记录良好的企业，可在示范区内试点银行凭简化单证办理跨境人民币结算。</li>"
                "<li>区内银行提供人民币贸易融资服务，包括出口信贷、进口信用证以及基于班列运单的供应链金融。</li>"
                "<li>投保出口信用保险的对上合组织国家出口企业，可申请部分保费支持。</li>"
                "</ul>"
                "<p>贸易金融局定期组织银企、保企对接会。试点银行名单及联系方式可致电 +86 532 8826 8040 咨询。</p>"
            ),
        },
    },
    # ------------------------------------------------------------------ Media Coverage
    {
        "key": "media-eurasian-gateway",
        "column": "media",
        "published": "2021-09-13 08:30:00",
        "author": "admin",
        "source": {"en": "China Daily", "zh": "中国日报"},
        "hits": 745,
        "cover": "photo-rail-terminal",
        "tags": {
            "en": ["Logistics", "Belt and Road", "SCO"],
            "zh": ["物流", "一带一路", "上合组织"],
        },
        "title": {
            "en": "Inland Hub near Qingdao Emerges as a Gateway for Eurasian Trade",
            "zh": "青岛内陆枢纽成为亚欧贸易新门户",
        },
        "summary": {
            "en": "How a rail terminal in Jiaozhou connects Central Asian exporters with the ports of the Yellow Sea and Asia-Pacific markets.",
            "zh": "胶州铁路场站如何把中亚出口商与黄海港口和亚太市场连接起来。",
        },
        "body": {
            "en": (
                "<p>Trains loaded with containers arrive almost every day at the multimodal rail terminal in Jiaozhou, some carrying Kazakh grain and Uzbek cotton yarn, others returning westwards with machinery and consumer goods. The terminal has become the centre of the China-SCO Local Economic and Trade Cooperation Demonstration Area.</p>"
                "<p>For exporters in landlocked Central Asia, the attraction is the short distance to the sea. Goods can move from the rail terminal to the container berths of Qingdao Port by shuttle train and continue to Japan, the Republic of Korea and Southeast Asia on a single transport document.</p>"
                "<p>Local officials say the next step is to bring processing and trade companies to the area so that more of the value of this cargo stays along the route rather than simply passing through.</p>"
            ),
            "zh": (
                "<p>几乎每天都有满载集装箱的班列抵达胶州多式联运中心铁路场站，有的运来哈萨克斯坦的粮食、乌兹别克斯坦的棉纱，有的满载机械设备和日用消费品向西驶去。这座场站已成为中国—上海合作组织地方经贸合作示范区的核心。</p>"
                "<p>对于地处内陆的中亚出口商而言，这里的吸引力在于离海近。货物可通过海铁联运班列从场站运抵青岛港集装箱码头，再凭“一单制”转运至日本、韩国和东南亚。</p>"
                "<p>当地官员表示，下一步将吸引加工和贸易企业落户，让更多货物价值留在通道沿线，而不只是“过路”。</p>"
            ),
        },
    },
    {
        "key": "media-rail-network",
        "column": "media",
        "published": "2022-10-20 19:05:00",
        "author": "admin",
        "source": {"en": "Xinhua", "zh": "新华社"},
        "hits": 618,
        "cover": "photo-freight-train",
        "tags": {
            "en": ["Logistics", "Central Asia", "Belt and Road"],
            "zh": ["物流", "中亚", "一带一路"],
        },
        "title": {
            "en": "Freight Trains from Jiaozhou Reach More Cities in SCO Countries",
            "zh": "胶州始发班列通达更多上合组织国家城市",
        },
        "summary": {
            "en": "The freight train network of the SCO demonstration area in Qingdao has grown to cover cities in Central Asia, Russia, Mongolia and Europe.",
            "zh": "青岛上合示范区班列网络不断拓展，通达中亚、俄罗斯、蒙古国和欧洲多个城市。",
        },
        "body": {
            "en": (
                "<p>Freight trains departing from the China-SCO Local Economic and Trade Cooperation Demonstration Area now serve cities across Central Asia, Russia, Mongolia and Europe, according to the area's Administrative Committee.</p>"
                "<p>Operators have added routes to Bishkek, Ulaanbaatar and Minsk this year and increased the frequency of trains to Almaty and Tashkent. Sea-rail services link the same trains with Qingdao Port, allowing cargo from Japan and the Republic of Korea to transit Shandong on its way to Central Asia.</p>"
                "<p>Shippers interviewed at the terminal said rail transport had become a stable alternative during disruptions to ocean shipping, particularly for high-value goods such as auto parts and electronics.</p>"
            ),
            "zh": (
                "<p>据上合示范区管委会介绍，从中国—上海合作组织地方经贸合作示范区始发的班列已通达中亚、俄罗斯、蒙古国和欧洲多个城市。</p>"
                "<p>今年以来，运营企业新开通至比什凯克、乌兰巴托和明斯克的线路，并加密至阿拉木图和塔什干的班列频次。海铁联运将这些班列与青岛港相连，日本、韩国货物可经山东中转运往中亚。</p>"
                "<p>在场站接受采访的货主表示，在海运受阻期间，铁路运输成为稳定可靠的替代选择，对汽车零部件、电子产品等高附加值货物尤其如此。</p>"
            ),
        },
    },
    {
        "key": "media-central-asian-produce",
        "column": "media",
        "published": "2023-12-05 07:50:00",
        "author": "admin",
        "source": {"en": "Dazhong Daily", "zh": "大众日报"},
        "hits": 402,
        "cover": "photo-cold-chain",
        "tags": {
            "en": ["Trade", "Central Asia", "Logistics"],
            "zh": ["贸易", "中亚", "物流"],
        },
        "title": {
            "en": "Central Asian Produce Reaches Chinese Consumers Faster via SCODA",
            "zh": "经由上合示范区 中亚农产品更快走上中国百姓餐桌",
        },
        "summary": {
            "en": "Rail transport and faster inspection at SCODA are bringing dried fruit, nuts and honey from Central Asia to supermarkets in Shandong within two weeks.",
            "zh": "借助铁路运输和快速查验，中亚干果、坚果和蜂蜜两周内即可上架山东超市。",
        },
        "body": {
            "en": (
                "<p>Raisins from Uzbekistan, walnuts from Kyrgyzstan and honey from Kazakhstan are appearing on supermarket shelves in Shandong within two weeks of leaving the producer, thanks to rail transport through the China-SCO Local Economic and Trade Cooperation Demonstration Area.</p>"
                "<p>Importers say the key has been faster inspection and clearance at the bonded logistics centre, where food products can be stored under customs supervision and released in batches as orders come in from retailers and e-commerce platforms.</p>"
                "<p>A commodity exhibition hall in the demonstration area now displays more than a thousand products from SCO countries, and many of them are also sold online through live-stream channels.</p>"
            ),
            "zh": (
                "<p>乌兹别克斯坦的葡萄干、吉尔吉斯斯坦的核桃、哈萨克斯坦的蜂蜜……借助经中国—上海合作组织地方经贸合作示范区的铁路运输，这些产品从产地出发两周内即可摆上山东超市的货架。</p>"
                "<p>进口商表示，关键在于保税物流中心查验通关更快，食品可在海关监管下保税存储，根据零售商和电商平台订单分批出区。</p>"
                "<p>示范区的商品展厅目前展示上合组织国家商品一千余种，其中不少还通过直播渠道在线销售。</p>"
            ),
        },
    },
    {
        "key": "media-digital-trade",
        "column": "media",
        "published": "2024-05-30 08:15:00",
        "author": "admin",
        "source": {"en": "Qingdao Daily", "zh": "青岛日报"},
        "hits": 377,
        "cover": "photo-ecommerce",
        "tags": {
            "en": ["Cross-border E-commerce", "Trade"],
            "zh": ["跨境电商", "贸易"],
        },
        "title": {
            "en": "Digital Trade Platform Helps Small Exporters Reach SCO Markets",
            "zh": "数字贸易平台助力中小外贸企业开拓上合市场",
        },
        "summary": {
            "en": "An online platform launched in SCODA combines orders, logistics, customs and payment services for small and medium-sized exporters.",
            "zh": "上合示范区上线的数字贸易平台为中小出口企业集成订单、物流、通关和支付服务。",
        },
        "body": {
            "en": (
                "<p>Small and medium-sized exporters in Shandong are using a digital trade platform launched in SCODA to find buyers in SCO countries and handle shipments without a large export department of their own.</p>"
                "<p>The platform brings together product listings in Russian and English, freight bookings on SCO Express trains, electronic customs declarations and cross-border payments. A furniture maker in Jiaozhou said it had received its first orders from Kazakhstan within a month of listing its products.</p>"
                "<p>Platform operators plan to add translation into Uzbek and Kazakh and to connect with e-commerce marketplaces in Central Asia later this year.</p>"
            ),
            "zh": (
                "<p>山东的中小出口企业正在借助上合示范区上线的数字贸易平台，寻找上合组织国家买家、办理出运手续，无需组建庞大的外贸团队。</p>"
                "<p>平台集成俄文和英文商品展示、“上合快线”班列订舱、电子报关和跨境支付等功能。胶州一家家具企业表示，产品上线一个月内就收到了来自哈萨克斯坦的首批订单。</p>"
                "<p>平台运营方计划年内增加乌兹别克语和哈萨克语翻译功能，并与中亚电商平台实现对接。</p>"
            ),
        },
    },
    {
        "key": "media-jiaozhou-logistics-hub",
        "column": "media",
        "published": "2025-12-18 20:00:00",
        "author": "admin",
        "source": {"en": "CGTN", "zh": "中国国际电视台", "ru": "CGTN"},
        "hits": 981,
        "cover": "photo-port-terminal",
        "tags": {
            "en": ["Logistics", "SCO", "Investment"],
            "zh": ["物流", "上合组织", "投资"],
            "ru": ["Логистика", "ШОС", "Инвестиции"],
        },
        "title": {
            "en": "How Jiaozhou Became a Eurasian Logistics Hub",
            "zh": "胶州如何成长为亚欧物流枢纽",
            "ru": "Как Цзяочжоу стал евразийским логистическим узлом",
        },
        "summary": {
            "en": "A look at how the SCO demonstration area has turned Jiaozhou into a meeting point of rail, sea and air routes between East Asia and Central Asia.",
            "zh": "聚焦上合示范区如何把胶州打造成东亚与中亚之间铁路、海运和航空线路的交汇点。",
            "ru": "О том, как демонстрационная зона ШОС превратила Цзяочжоу в точку пересечения железнодорожных, морских и воздушных маршрутов между Восточной и Центральной Азией.",
        },
        "body": {
            "en": (
                "<p>A few years ago, Jiaozhou was known mainly as a manufacturing town between Qingdao and the Shandong hinterland. Today, its rail terminal, the new international airport and the sea-rail link with Qingdao Port have made it one of the busiest logistics nodes between East Asia and Central Asia.</p>"
                "<p>The China-SCO Local Economic and Trade Cooperation Demonstration Area has concentrated logistics, bonded warehousing, cross-border e-commerce and trade services in one place. Companies from Russia, Kazakhstan, Uzbekistan and other SCO countries have opened offices here, and Chinese manufacturers use the area to reach new markets.</p>"
                "<p>Officials say the focus is now shifting from moving goods to adding value: processing imported agricultural products, assembling equipment for Central Asian markets and offering finance and legal services to traders.</p>"
            ),
            "zh": (
                "<p>几年前，胶州还主要以青岛与山东腹地之间的制造业城市为人所知。如今，铁路场站、新建的国际机场以及与青岛港的海铁联运，使这里成为东亚与中亚之间最繁忙的物流节点之一。</p>"
                "<p>中国—上海合作组织地方经贸合作示范区把物流、保税仓储、跨境电商和贸易服务集聚在一起。俄罗斯、哈萨克斯坦、乌兹别克斯坦等上合组织国家企业纷纷在此设立机构，中国制造企业也借助示范区开拓新市场。</p>"
                "<p>官员表示，示范区的工作重心正从“货物过境”转向“价值增值”：加工进口农产品、为中亚市场组装设备，并为贸易商提供金融和法律服务。</p>"
            ),
            "ru": (
                "<p>Ещё несколько лет назад Цзяочжоу был известен главным образом как промышленный город между Циндао и внутренними районами Шаньдуна. Сегодня железнодорожный терминал, новый международный аэропорт и морско-железнодорожное сообщение с портом Циндао сделали его одним из самых загруженных логистических узлов между Восточной и Центральной Азией.</p>"
                "<p>Демонстрационная зона местного торгово-экономического сотрудничества Китай — ШОС объединила в одном месте логистику, таможенное складирование, трансграничную электронную торговлю и торговые услуги. Компании из России, Казахстана, Узбекистана и других стран ШОС открыли здесь свои офисы, а китайские производители используют зону для выхода на новые рынки.</p>"
                "<p>По словам официальных лиц, акцент теперь смещается с транзита грузов на создание добавленной стоимости: переработку импортной сельхозпродукции, сборку оборудования для рынков Центральной Азии, финансовые и юридические услуги для трейдеров.</p>"
            ),
        },
    },
    # ------------------------------------------------------------------ Investment & Services
    {
        "key": "service-multimodal-hub",
        "column": "services",
        "published": "2021-01-15 09:00:00",
        "author": "admin",
        "recommended": True,
        "sort": 1,
        "hits": 1420,
        "cover": "photo-rail-terminal",
        "gallery": ["photo-freight-train", "photo-port-terminal", "photo-cold-chain"],
        "tags": {"en": ["Logistics", "Belt and Road"], "zh": ["物流", "一带一路"]},
        "params": {
            "service_type": "Logistics",
            "contact_department": "Logistics Development Bureau / 物流发展局",
            "capacity": "1,000,000 TEU per year",
        },
        "title": {"en": "SCO Multimodal Logistics Hub", "zh": "上合多式联运中心"},
        "summary": {
            "en": "Rail container terminal with SCO Express and China-Europe freight trains and sea-rail shuttle services to Qingdao Port.",
            "zh": "铁路集装箱中心站，开行“上合快线”、中欧班列及至青岛港的海铁联运班列。",
        },
        "body": {
            "en": (
                "<p>The SCO Multimodal Logistics Hub is the core logistics facility of the demonstration area. Its rail container terminal handles SCO Express and China-Europe freight trains to Central Asia, Russia, Mongolia and Europe, as well as sea-rail shuttle trains to the container terminals of Qingdao Port.</p>"
                "<p>Services include full-container and less-than-container-load bookings, on-site customs declaration and inspection, container storage and repair, refrigerated container plug-in points and cargo tracking. Through bills of lading allow goods to move from Central Asia to Japan, the Republic of Korea and Southeast Asia on a single document.</p>"
                "<p>The freight timetable for the current year is available in the Downloads section. For bookings and rates, please contact the Logistics Development Bureau.</p>"
            ),
            "zh": (
                "<p>上合多式联运中心是示范区的核心物流设施。铁路集装箱场站开行至中亚、俄罗斯、蒙古国和欧洲的“上合快线”和中欧班列，以及至青岛港集装箱码头的海铁联运班列。</p>"
                "<p>可提供整箱和拼箱订舱、现场报关查验、集装箱堆存和维修、冷藏箱插电和货物全程追踪等服务。依托“一单制”多式联运提单，中亚货物可一单到底转运至日本、韩国和东南亚。</p>"
                "<p>本年度班列时刻表可在“资料下载”栏目获取。订舱及运价咨询，请联系物流发展局。</p>"
            ),
        },
    },
    {
        "key": "service-ecommerce-park",
        "column": "services",
        "published": "2021-01-15 09:10:00",
        "author": "admin",
        "sort": 2,
        "hits": 1105,
        "cover": "photo-ecommerce",
        "gallery": ["photo-warehouse", "photo-airport-cargo", "photo-ecommerce"],
        "tags": {"en": ["Cross-border E-commerce", "Trade"], "zh": ["跨境电商", "贸易"]},
        "params": {
            "service_type": "Industrial Park",
            "contact_department": "Trade and Finance Bureau / 贸易金融局",
            "capacity": "200+ enterprises; customs clearance 24/7",
        },
        "title": {"en": "Cross-border E-commerce Park", "zh": "跨境电商产业园"},
        "summary": {
            "en": "Office, warehouse and customs supervision facilities for cross-border e-commerce sellers and service providers trading with SCO countries.",
            "zh": "为面向上合组织国家的跨境电商卖家和服务企业提供办公、仓储和海关监管设施。",
        },
        "body": {
            "en": (
                "<p>The Cross-border E-commerce Park offers cross-border e-commerce sellers, platforms and service providers a complete environment for doing business with SCO countries: offices, bonded and general warehouses, a customs supervision centre and live-streaming studios.</p>"
                "<p>The park supports bonded imports, direct exports of parcels, export via overseas warehouses and business-to-business exports. Shared services cover customs declaration, warehousing and fulfilment, cross-border payment, tax refunds and training.</p>"
                "<p>Enterprises moving into the park may be eligible for the support measures for cross-border e-commerce published in the Policies &amp; Notices section.</p>"
            ),
            "zh": (
                "<p>跨境电商产业园为跨境电商卖家、平台和服务企业提供对接上合组织国家市场的全要素环境，包括办公空间、保税仓和普通仓、海关监管中心和直播基地。</p>"
                "<p>产业园支持保税进口、直邮出口、海外仓出口和跨境电商B2B出口等业务模式，提供报关、仓储配送、跨境支付、退税和培训等共享服务。</p>"
                "<p>入驻企业可按规定享受“政策公告”栏目发布的跨境电商扶持措施。</p>"
            ),
        },
    },
    {
        "key": "service-bonded-logistics",
        "column": "services",
        "published": "2021-01-15 09:20:00",
        "author": "admin",
        "sort": 3,
        "hits": 864,
        "cover": "photo-warehouse",
        "gallery": ["photo-cold-chain", "photo-rail-terminal"],
        "tags": {"en": ["Logistics", "Trade"], "zh": ["物流", "贸易"]},
        "params": {
            "service_type": "Logistics",
            "contact_department": "Logistics Development Bureau / 物流发展局",
            "capacity": "120,000 m2 of bonded warehouses, including 20,000 m2 cold storage",
        },
        "title": {"en": "Bonded Logistics Centre and Warehousing", "zh": "保税物流中心及保税仓储"},
        "summary": {
            "en": "Bonded storage, distribution and value-added processing under customs supervision, including cold storage for food imports.",
            "zh": "海关监管下的保税存储、分拨配送和增值加工服务，配套进口食品冷库。",
        },
        "body": {
            "en": (
                "<p>The Bonded Logistics Centre allows goods to be stored in the demonstration area without paying import duties and taxes until they are released for domestic sale. It is suitable for importers of commodities, food and consumer goods from SCO countries and for exporters consolidating goods for rail shipment.</p>"
                "<p>Available services include bonded storage, international distribution, simple processing such as sorting, labelling and repacking, and cold storage for meat, dairy products and fruit. Goods can be released in batches as orders come in.</p>"
            ),
            "zh": (
                "<p>保税物流中心内的货物在进入国内市场销售前暂不缴纳进口关税和环节税，适合从上合组织国家进口大宗商品、食品和消费品的企业，以及为铁路出运集拼货物的出口企业。</p>"
                "<p>可提供保税存储、国际分拨、分拣贴标和改换包装等简单加工，以及肉类、乳制品和水果冷链仓储服务，货物可根据订单分批出区。</p>"
            ),
        },
    },
    {
        "key": "service-trade-finance",
        "column": "services",
        "published": "2021-01-15 09:30:00",
        "author": "admin",
        "sort": 4,
        "hits": 633,
        "cover": "photo-finance",
        "gallery": ["photo-business-centre", "photo-night-skyline"],
        "tags": {"en": ["Finance", "Trade"], "zh": ["金融", "贸易"]},
        "params": {
            "service_type": "Finance",
            "contact_department": "Trade and Finance Bureau / 贸易金融局",
            "capacity": "12 partner banks and insurers",
        },
        "title": {"en": "Trade Finance Services", "zh": "贸易金融服务"},
        "summary": {
            "en": "Cross-border RMB settlement, trade financing and export credit insurance for enterprises trading with SCO countries.",
            "zh": "为与上合组织国家开展贸易的企业提供跨境人民币结算、贸易融资和出口信用保险服务。",
        },
        "body": {
            "en": (
                "<p>Banks and insurers in the SCO International Business District provide financial services tailored to trade with SCO countries. Enterprises can settle in renminbi or local currencies, finance shipments with documents issued for freight trains, and insure export receivables.</p>"
                "<p>Products include letters of credit, export and import financing, supply chain finance for logistics and processing companies, foreign exchange hedging and export credit insurance. The Trade and Finance Bureau helps enterprises find the right partner bank and apply for available premium support.</p>"
            ),
            "zh": (
                "<p>上合国际商务区的银行和保险机构为与上合组织国家开展贸易的企业提供专属金融服务，企业可使用人民币或本币结算，凭班列运输单证融资，并为出口应收账款投保。</p>"
                "<p>服务产品涵盖信用证、进出口融资、面向物流和加工企业的供应链金融、汇率避险和出口信用保险等。贸易金融局协助企业对接合作银行并申请保费支持。</p>"
            ),
        },
    },
    {
        "key": "service-business-registration",
        "column": "services",
        "published": "2021-01-15 09:40:00",
        "author": "admin",
        "recommended": True,
        "sort": 5,
        "hits": 1288,
        "cover": "photo-service-hall",
        "gallery": ["photo-business-centre", "photo-policy"],
        "tags": {"en": ["Investment", "Policy"], "zh": ["投资", "政策"]},
        "params": {
            "service_type": "Government Service",
            "contact_department": "Government Service Centre / 政务服务中心",
            "capacity": "Business licence within 1 working day",
        },
        "title": {"en": "One-stop Business Registration Service", "zh": "企业开办“一站式”服务"},
        "summary": {
            "en": "Company registration, seals, tax and social insurance registration and bank account opening at a single counter, with services in English and Russian.",
            "zh": "企业登记、公章刻制、税务和社保登记、银行开户“一窗受理”，提供英语和俄语服务。",
        },
        "body": {
            "en": (
                "<p>The Government Service Centre of SCODA handles all steps of setting up a company at a single counter: business registration, company seals, tax registration, social insurance and housing fund registration, and the opening of a basic bank account. Once the documents are complete, the business licence is issued within one working day.</p>"
                "<p>Foreign-invested enterprises receive help with the notarisation of foreign documents, foreign investment information reports and work permits for foreign staff. Services are available in Chinese, English and Russian.</p>"
                "<p>A checklist of the required documents can be downloaded from the Downloads section.</p>"
            ),
            "zh": (
                "<p>上合示范区政务服务中心实行企业开办“一窗受理”，集中办理营业执照、公章刻制、税务登记、社保和公积金登记以及基本账户开立等事项。材料齐全的，一个工作日内发放营业执照。</p>"
                "<p>外商投资企业可获得境外文件公证认证、外商投资信息报告和外籍员工工作许可等帮办服务，服务语言包括中文、英语和俄语。</p>"
                "<p>所需材料清单可在“资料下载”栏目下载。</p>"
            ),
        },
    },
    {
        "key": "service-exhibition-centre",
        "column": "services",
        "published": "2021-01-15 09:50:00",
        "author": "admin",
        "sort": 6,
        "hits": 702,
        "cover": "photo-exhibition-centre",
        "gallery": ["photo-expo-hall", "photo-forum"],
        "tags": {"en": ["Events", "SCO"], "zh": ["活动", "上合组织"]},
        "params": {
            "service_type": "Exhibition & Conference",
            "contact_department": "Investment Promotion Bureau / 投资促进局",
            "capacity": "30,000 m2 of exhibition halls; 1,200-seat conference hall",
        },
        "title": {"en": "SCO International Exhibition Centre", "zh": "上合国际会展中心"},
        "summary": {
            "en": "Exhibition halls, conference rooms and a permanent showroom of products from SCO countries, available for trade fairs and forums.",
            "zh": "拥有展厅、会议室和上合组织国家商品常设展示区，可承办各类展会和论坛。",
        },
        "body": {
            "en": (
                "<p>The SCO International Exhibition Centre hosts trade fairs, investment promotion conferences and international forums, including the China-SCO Expo and the SCO Local Economic and Trade Cooperation Forum. It offers column-free exhibition halls, a main conference hall with simultaneous interpretation and meeting rooms of different sizes.</p>"
                "<p>Organisers can use the centre's services for stand construction, logistics of exhibits under temporary admission, registration systems and catering. A permanent showroom presents products from SCO countries throughout the year.</p>"
            ),
            "zh": (
                "<p>上合国际会展中心承办各类贸易展会、投资推介会和国际论坛，中国—上海合作组织博览会、上海合作组织地方经贸合作论坛均在此举办。中心拥有无柱展厅、配备同声传译的主会议厅和多种规格会议室。</p>"
                "<p>主办方可使用中心提供的展台搭建、展品暂时进境物流、注册系统和餐饮等配套服务。上合组织国家商品常设展示区全年开放。</p>"
            ),
        },
    },
    {
        "key": "service-commodity-import-centre",
        "column": "services",
        "published": "2021-01-15 10:00:00",
        "author": "admin",
        "sort": 7,
        "hits": 815,
        "cover": "photo-expo-hall",
        "gallery": ["photo-warehouse", "photo-exhibition-centre"],
        "tags": {"en": ["Trade", "SCO", "Central Asia"], "zh": ["贸易", "上合组织", "中亚"]},
        "params": {
            "service_type": "Trade Facilitation",
            "contact_department": "Trade and Finance Bureau / 贸易金融局",
            "capacity": "1,000+ products from SCO countries",
        },
        "title": {"en": "SCO Countries Commodity Import Centre", "zh": "上合组织国家商品进口中心"},
        "summary": {
            "en": "Showroom, bonded stock and distribution services that help producers from SCO countries sell food, consumer goods and raw materials in China.",
            "zh": "通过展示、保税备货和分销服务，帮助上合组织国家企业在中国销售食品、消费品和原材料。",
        },
        "body": {
            "en": (
                "<p>The SCO Countries Commodity Import Centre helps producers and exporters from SCO countries enter the Chinese market. It combines a showroom, bonded stock in the Bonded Logistics Centre, and distribution to wholesalers, supermarkets and e-commerce platforms across China.</p>"
                "<p>The centre assists with product registration and labelling requirements, customs and inspection procedures, and introductions to Chinese buyers. Regular buyer meetings and live-stream sales events are held in cooperation with importers in Shandong.</p>"
            ),
            "zh": (
                "<p>上合组织国家商品进口中心帮助上合组织国家生产商和出口商进入中国市场，集商品展示、保税物流中心保税备货，以及向全国批发商、商超和电商平台分销于一体。</p>"
                "<p>中心协助企业办理产品注册和标签合规、通关查验等手续，并对接中国采购商；还与山东进口企业合作，定期举办采购对接会和直播带货活动。</p>"
            ),
        },
    },
    # ------------------------------------------------------------------ Downloads
    {
        "key": "download-investment-guide",
        "column": "downloads",
        "published": "2026-01-10 09:00:00",
        "author": "admin",
        "sort": 1,
        "hits": 2140,
        "attachments": ["investment-guide"],
        "tags": {"en": ["Investment"], "zh": ["投资"]},
        "params": {"file_format": "PDF", "version": "2026 edition"},
        "title": {"en": "SCODA Investment Guide 2026", "zh": "上合示范区投资指南（2026年版）"},
        "summary": {
            "en": "Location, priority sectors, facilities, services and contacts for investors, in one document.",
            "zh": "涵盖区位条件、重点产业、基础设施、服务事项和联系方式的投资者指南。",
        },
        "body": {
            "en": "<p>The 2026 edition of the investment guide introduces the location and transport links of the demonstration area, its priority sectors and industrial parks, the services of the Administrative Committee and the contacts of each department.</p>",
            "zh": "<p>2026年版投资指南介绍示范区区位交通、重点产业和产业园区、管委会服务事项及各部门联系方式。</p>",
        },
    },
    {
        "key": "download-preferential-policies",
        "column": "downloads",
        "published": "2025-08-20 09:00:00",
        "author": "admin",
        "sort": 2,
        "hits": 1675,
        "attachments": ["preferential-policies"],
        "tags": {"en": ["Policy", "Investment"], "zh": ["政策", "投资"]},
        "params": {"file_format": "PDF", "version": "Revised August 2025"},
        "title": {
            "en": "Compilation of Preferential Policies of SCODA",
            "zh": "上合示范区优惠政策汇编",
        },
        "summary": {
            "en": "Tax, industrial, financial and talent policies applicable to enterprises in the demonstration area.",
            "zh": "示范区企业适用的税收、产业、金融和人才政策汇编。",
        },
        "body": {
            "en": "<p>This compilation brings together the tax, industrial support, finance and talent policies that apply to enterprises in SCODA. The original notices published in the Policies &amp; Notices section prevail in case of differences.</p>",
            "zh": "<p>本汇编收录适用于上合示范区企业的税收、产业扶持、金融和人才政策。如有不一致，以“政策公告”栏目发布的原文为准。</p>",
        },
    },
    {
        "key": "download-application-form",
        "column": "downloads",
        "published": "2024-03-01 09:00:00",
        "author": "admin",
        "sort": 3,
        "hits": 958,
        "attachments": ["application-form"],
        "tags": {"en": ["Investment"], "zh": ["投资"]},
        "params": {"file_format": "PDF", "version": "v3.1"},
        "title": {"en": "Investment Project Application Form", "zh": "投资项目申请表"},
        "summary": {
            "en": "Form for submitting a new investment project to the Investment Promotion Bureau.",
            "zh": "向投资促进局提交新投资项目时填写的申请表。",
        },
        "body": {
            "en": "<p>Please complete all sections of the form and send it, with your company's registration documents, to the Investment Promotion Bureau. A project manager will contact you within five working days.</p>",
            "zh": "<p>请完整填写申请表各部分内容，连同企业登记证明材料一并报送投资促进局。项目专员将在五个工作日内与您联系。</p>",
        },
    },
    {
        "key": "download-rail-timetable",
        "column": "downloads",
        "published": "2026-01-05 10:00:00",
        "author": "admin",
        "sort": 4,
        "hits": 1322,
        "attachments": ["rail-timetable"],
        "tags": {"en": ["Logistics", "Central Asia"], "zh": ["物流", "中亚"]},
        "params": {"file_format": "PDF", "version": "2026"},
        "title": {
            "en": "SCO Express Rail Freight Timetable 2026",
            "zh": "2026年“上合快线”班列时刻表",
        },
        "summary": {
            "en": "Departure days and transit times of regular freight trains from Jiaozhou to Central Asia and Russia.",
            "zh": "胶州至中亚和俄罗斯常态化班列的发车日期和运行时间。",
        },
        "body": {
            "en": "<p>The timetable lists the regular SCO Express services for 2026, with departure days and typical transit times. Schedules may change with operating conditions; please confirm with the operations desk when booking.</p>",
            "zh": "<p>时刻表列出2026年“上合快线”常态化班列的发车日期和一般运行时间。班期可能根据运营情况调整，订舱时请向运营服务台确认。</p>",
        },
    },
    {
        "key": "download-registration-checklist",
        "column": "downloads",
        "published": "2025-03-18 09:00:00",
        "author": "admin",
        "sort": 5,
        "hits": 784,
        "attachments": ["registration-checklist"],
        "tags": {"en": ["Investment", "Policy"], "zh": ["投资", "政策"]},
        "params": {"file_format": "TXT", "version": "2025-03"},
        "title": {"en": "Business Registration Document Checklist", "zh": "企业开办材料清单"},
        "summary": {
            "en": "Documents needed to register a company at the Government Service Centre.",
            "zh": "在政务服务中心办理企业开办所需材料清单。",
        },
        "body": {
            "en": "<p>A short checklist of the documents required to register a company in SCODA, including the requirements for documents issued abroad.</p>",
            "zh": "<p>在上合示范区办理企业登记所需材料的简要清单，包括境外文件的相关要求。</p>",
        },
    },
    # ------------------------------------------------------------------ Gallery
    {
        "key": "gallery-rail-terminal",
        "column": "gallery",
        "published": "2024-08-02 10:00:00",
        "author": "admin",
        "hits": 530,
        "cover": "photo-rail-terminal",
        "gallery": ["photo-freight-train", "photo-cold-chain", "photo-port-terminal"],
        "tags": {"en": ["Logistics"], "zh": ["物流"]},
        "title": {"en": "SCO Multimodal Rail Terminal", "zh": "上合多式联运中心铁路场站"},
        "summary": {
            "en": "Container trains, gantry cranes and refrigerated containers at the rail terminal of SCODA.",
            "zh": "上合示范区铁路场站的集装箱班列、龙门吊和冷藏集装箱。",
        },
        "body": {
            "en": "<p>The rail terminal is the starting point of SCO Express and China-Europe freight trains. Gantry cranes transfer containers between trains, trucks and the storage yard around the clock.</p>",
            "zh": "<p>铁路场站是“上合快线”和中欧班列的始发地，龙门吊全天候在班列、集卡和堆场之间装卸集装箱。</p>",
        },
    },
    {
        "key": "gallery-expo",
        "column": "gallery",
        "published": "2021-04-30 16:00:00",
        "author": "admin",
        "hits": 712,
        "cover": "photo-expo-hall",
        "gallery": ["photo-exhibition-centre", "photo-signing", "photo-delegation"],
        "tags": {"en": ["Events", "SCO"], "zh": ["活动", "上合组织"]},
        "title": {"en": "China-SCO Expo", "zh": "中国—上海合作组织博览会"},
        "summary": {
            "en": "Pavilions of SCO countries, buyer meetings and the signing ceremony at the China-SCO Expo.",
            "zh": "博览会上的上合组织国家展区、采购对接和签约仪式。",
        },
        "body": {
            "en": "<p>Scenes from the China-SCO Expo in Qingdao: national pavilions of SCO countries, matchmaking sessions between exhibitors and buyers, and the signing of cooperation agreements.</p>",
            "zh": "<p>中国—上海合作组织博览会现场：上合组织国家展区、参展商与采购商对接洽谈以及合作协议签约。</p>",
        },
    },
    {
        "key": "gallery-airport",
        "column": "gallery",
        "published": "2022-09-05 11:30:00",
        "author": "admin",
        "hits": 468,
        "cover": "photo-airport",
        "gallery": ["photo-airport-cargo", "photo-jiaozhou-bay"],
        "tags": {"en": ["Logistics"], "zh": ["物流"]},
        "title": {"en": "Qingdao Jiaodong International Airport", "zh": "青岛胶东国际机场"},
        "summary": {
            "en": "The passenger terminal and cargo area of the airport next to the demonstration area.",
            "zh": "紧邻示范区的青岛胶东国际机场航站楼和货运区。",
        },
        "body": {
            "en": "<p>Qingdao Jiaodong International Airport, opened in 2021, lies next to SCODA. Its cargo area handles air freight for cross-border e-commerce and time-sensitive goods.</p>",
            "zh": "<p>青岛胶东国际机场于2021年投入使用，紧邻上合示范区，其货运区承担跨境电商和时效性货物的航空运输。</p>",
        },
    },
    {
        "key": "gallery-business-district",
        "column": "gallery",
        "published": "2023-06-20 18:00:00",
        "author": "admin",
        "hits": 389,
        "cover": "photo-business-centre",
        "gallery": ["photo-night-skyline", "photo-finance", "photo-service-hall"],
        "tags": {"en": ["Investment"], "zh": ["投资"]},
        "title": {"en": "SCO International Business District", "zh": "上合国际商务区"},
        "summary": {
            "en": "Office towers, the Trade Finance Centre and the Government Service Centre in the business district.",
            "zh": "商务区写字楼、贸易金融中心和政务服务中心。",
        },
        "body": {
            "en": "<p>The business district brings together headquarters offices, banks, professional service firms and the Government Service Centre, a short walk from the multimodal logistics hub.</p>",
            "zh": "<p>商务区集聚总部办公、银行、专业服务机构和政务服务中心，与多式联运中心近在咫尺。</p>",
        },
    },
    {
        "key": "gallery-ecommerce-park",
        "column": "gallery",
        "published": "2023-03-22 10:20:00",
        "author": "admin",
        "hits": 356,
        "cover": "photo-ecommerce",
        "gallery": ["photo-warehouse", "photo-airport-cargo"],
        "tags": {"en": ["Cross-border E-commerce"], "zh": ["跨境电商"]},
        "title": {"en": "Cross-border E-commerce Park", "zh": "跨境电商产业园"},
        "summary": {
            "en": "Sorting lines, bonded warehouses and live-streaming studios at the Cross-border E-commerce Park.",
            "zh": "跨境电商产业园的分拣线、保税仓和直播间。",
        },
        "body": {
            "en": "<p>Parcels for customers in Central Asia and Russia are sorted, checked by customs and loaded for rail and air shipment at the park, which also hosts live-streaming studios for sellers.</p>",
            "zh": "<p>发往中亚和俄罗斯消费者的包裹在产业园完成分拣、海关查验后装车发运，园区还为卖家提供直播间。</p>",
        },
    },
    {
        "key": "gallery-forum-2026",
        "column": "gallery",
        "published": "2026-09-24 17:00:00",
        "author": "admin",
        "hits": 642,
        "cover": "photo-forum",
        "gallery": ["photo-signing", "photo-delegation", "photo-expo-hall"],
        "tags": {"en": ["Events", "Cooperation"], "zh": ["活动", "合作"]},
        "title": {
            "en": "2026 SCO Local Economic and Trade Cooperation Forum",
            "zh": "2026上海合作组织地方经贸合作论坛",
        },
        "summary": {
            "en": "The opening session, parallel sessions and signing of memoranda at the 2026 forum.",
            "zh": "2026论坛开幕式、平行分论坛和合作备忘录签署现场。",
        },
        "body": {
            "en": "<p>Photos from the 2026 SCO Local Economic and Trade Cooperation Forum in Qingdao, which brought together local governments, business associations and enterprises from SCO countries.</p>",
            "zh": "<p>2026上海合作组织地方经贸合作论坛在青岛举行，上合组织国家地方政府、商协会和企业代表参会。</p>",
        },
    },
    {
        "key": "gallery-jiaozhou-bay",
        "column": "gallery",
        "published": "2025-10-08 08:00:00",
        "author": "admin",
        "hits": 301,
        "cover": "photo-jiaozhou-bay",
        "gallery": ["photo-port-terminal", "photo-freight-train"],
        "tags": {"en": ["Logistics", "Belt and Road"], "zh": ["物流", "一带一路"]},
        "title": {"en": "Jiaozhou Bay and Qingdao Port", "zh": "胶州湾与青岛港"},
        "summary": {
            "en": "Jiaozhou Bay and the container terminals of Qingdao Port, linked to SCODA by sea-rail shuttle trains.",
            "zh": "胶州湾及青岛港集装箱码头，通过海铁联运班列与上合示范区相连。",
        },
        "body": {
            "en": "<p>SCODA lies on the northern shore of Jiaozhou Bay. Sea-rail shuttle trains connect its rail terminal with the container terminals of Qingdao Port, one of the busiest ports in the world.</p>",
            "zh": "<p>上合示范区位于胶州湾北岸，海铁联运班列将铁路场站与世界大港之一青岛港的集装箱码头紧密相连。</p>",
        },
    },
    # ------------------------------------------------------------------ Careers
    {
        "key": "job-investment-officer",
        "column": "careers",
        "published": "2026-09-01 09:00:00",
        "author": "admin",
        "hits": 428,
        "job": {
            "location": {"en": "Jiaozhou, Qingdao", "zh": "青岛市胶州市"},
            "openings": 2,
            "deadline": "2027-03-31",
            "salary": {"en": "RMB 12,000-18,000 per month", "zh": "月薪12000-18000元"},
        },
        "title": {
            "en": "Investment Promotion Officer (Central Asia Desk)",
            "zh": "招商专员（中亚方向）",
        },
        "summary": {
            "en": "Promote SCODA to investors from Central Asia and follow investment projects from first contact to start of operation.",
            "zh": "面向中亚投资者开展招商推介，跟进投资项目从初次洽谈到落地投产全过程。",
        },
        "body": {
            "en": (
                "<p>The Investment Promotion Bureau is recruiting two officers for its Central Asia desk.</p>"
                "<h3>Responsibilities</h3>"
                "<ul>"
                "<li>Identify and contact potential investors in Kazakhstan, Uzbekistan, Kyrgyzstan and Tajikistan</li>"
                "<li>Prepare project proposals, presentations and investment promotion events</li>"
                "<li>Accompany delegations and organise site visits and business meetings</li>"
                "<li>Follow signed projects through registration, land, construction and start of operation</li>"
                "</ul>"
                "<h3>Requirements</h3>"
                "<ul>"
                "<li>Bachelor's degree or above in economics, international trade, business or a related field</li>"
                "<li>Fluent Russian; English or a Central Asian language is an advantage</li>"
                "<li>At least three years of experience in investment promotion, international business development or consulting</li>"
                "<li>Willingness to travel abroad regularly</li>"
                "</ul>"
                '<p>Please send your CV and a cover letter to <a href="mailto:hr@scoda.gov.cn">hr@scoda.gov.cn</a>, stating the position in the subject line.</p>'
            ),
            "zh": (
                "<p>投资促进局现招聘中亚方向招商专员2名。</p>"
                "<h3>岗位职责</h3>"
                "<ul>"
                "<li>挖掘并联络哈萨克斯坦、乌兹别克斯坦、吉尔吉斯斯坦和塔吉克斯坦的潜在投资者</li>"
                "<li>撰写项目建议书和推介材料，策划组织招商推介活动</li>"
                "<li>陪同来访代表团，组织实地考察和商务洽谈</li>"
                "<li>跟踪签约项目的注册、用地、建设直至投产全过程</li>"
                "</ul>"
                "<h3>任职要求</h3>"
                "<ul>"
                "<li>经济学、国际贸易、工商管理等相关专业本科及以上学历</li>"
                "<li>俄语流利，掌握英语或中亚国家语言者优先</li>"
                "<li>具有3年以上招商引资、国际业务拓展或咨询工作经验</li>"
                "<li>能够适应经常出国出差</li>"
                "</ul>"
                '<p>请将简历和求职信发送至 <a href="mailto:hr@scoda.gov.cn">hr@scoda.gov.cn</a>，邮件主题请注明应聘岗位。</p>'
            ),
        },
    },
    {
        "key": "job-russian-trade-specialist",
        "column": "careers",
        "published": "2026-09-10 09:00:00",
        "author": "admin",
        "hits": 351,
        "job": {
            "location": {
                "en": "Government Service Centre, Jiaozhou, Qingdao",
                "zh": "青岛市胶州市 政务服务中心",
            },
            "openings": 2,
            "deadline": "2027-02-28",
            "salary": {"en": "RMB 9,000-13,000 per month", "zh": "月薪9000-13000元"},
        },
        "title": {
            "en": "Russian-language Investor Services Specialist",
            "zh": "俄语投资服务专员",
        },
        "summary": {
            "en": "Serve Russian-speaking investors at the Government Service Centre and help them with registration, permits and daily-life matters.",
            "zh": "在政务服务中心为俄语投资者提供企业登记、行政许可和生活事务帮办服务。",
        },
        "body": {
            "en": (
                "<p>The Government Service Centre is recruiting specialists for its Russian-language service desk.</p>"
                "<h3>Responsibilities</h3>"
                "<ul>"
                "<li>Advise Russian-speaking investors on company registration, permits and foreign employee procedures</li>"
                "<li>Translate application forms, notices and policy documents between Chinese and Russian</li>"
                "<li>Arrange appointments with customs, tax and immigration authorities and accompany clients when needed</li>"
                "<li>Record enquiries and help improve service guides</li>"
                "</ul>"
                "<h3>Requirements</h3>"
                "<ul>"
                "<li>Bachelor's degree or above, preferably in Russian language, law or public administration</li>"
                "<li>Excellent written and spoken Russian and Chinese</li>"
                "<li>Experience in government services, legal services or client service is an advantage</li>"
                "</ul>"
                '<p>Please send your CV to <a href="mailto:hr@scoda.gov.cn">hr@scoda.gov.cn</a>.</p>'
            ),
            "zh": (
                "<p>政务服务中心现招聘俄语服务专窗工作人员。</p>"
                "<h3>岗位职责</h3>"
                "<ul>"
                "<li>为俄语投资者提供企业登记、行政许可和外籍人员办事咨询</li>"
                "<li>负责申请材料、通知和政策文件的中俄互译</li>"
                "<li>预约海关、税务和出入境管理部门，必要时陪同办理</li>"
                "<li>记录咨询事项，参与完善办事指南</li>"
                "</ul>"
                "<h3>任职要求</h3>"
                "<ul>"
                "<li>本科及以上学历，俄语、法学或公共管理专业优先</li>"
                "<li>具备优秀的俄语和中文书面及口头表达能力</li>"
                "<li>有政务服务、法律服务或客户服务经验者优先</li>"
                "</ul>"
                '<p>请将简历发送至 <a href="mailto:hr@scoda.gov.cn">hr@scoda.gov.cn</a>。</p>'
            ),
        },
    },
    {
        "key": "job-logistics-planner",
        "column": "careers",
        "published": "2026-08-18 09:00:00",
        "author": "admin",
        "hits": 297,
        "job": {
            "location": {
                "en": "SCO Multimodal Logistics Hub, Jiaozhou",
                "zh": "胶州市 上合多式联运中心",
            },
            "openings": 1,
            "deadline": "2027-01-31",
            "salary": {"en": "RMB 11,000-16,000 per month", "zh": "月薪11000-16000元"},
        },
        "title": {"en": "Logistics Planning Engineer", "zh": "物流规划工程师"},
        "summary": {
            "en": "Plan freight train routes, terminal capacity and sea-rail intermodal services for the Logistics Development Bureau.",
            "zh": "为物流发展局开展班列线路、场站能力和海铁联运业务规划。",
        },
        "body": {
            "en": (
                "<p>The Logistics Development Bureau is looking for an engineer to support the planning of the demonstration area's logistics network.</p>"
                "<h3>Responsibilities</h3>"
                "<ul>"
                "<li>Analyse cargo flows and demand for new freight train routes to SCO countries</li>"
                "<li>Plan terminal capacity, yard layout and cold-chain facilities</li>"
                "<li>Coordinate with railway operators, Qingdao Port and freight forwarders on intermodal services</li>"
                "<li>Prepare reports and applications for logistics support funds</li>"
                "</ul>"
                "<h3>Requirements</h3>"
                "<ul>"
                "<li>Master's degree in transport engineering, logistics management or a related field</li>"
                "<li>Experience with rail or port operations and with data analysis tools</li>"
                "<li>Good English; Russian is an advantage</li>"
                "</ul>"
                '<p>Please send your CV to <a href="mailto:hr@scoda.gov.cn">hr@scoda.gov.cn</a>.</p>'
            ),
            "zh": (
                "<p>物流发展局现招聘物流规划工程师1名，参与示范区物流网络规划工作。</p>"
                "<h3>岗位职责</h3>"
                "<ul>"
                "<li>分析货源流向，研究开行至上合组织国家的班列新线路需求</li>"
                "<li>开展场站能力、堆场布局和冷链设施规划</li>"
                "<li>与铁路运营企业、青岛港和货代企业协调多式联运业务</li>"
                "<li>撰写研究报告，组织物流扶持资金申报</li>"
                "</ul>"
                "<h3>任职要求</h3>"
                "<ul>"
                "<li>交通运输工程、物流管理等相关专业硕士研究生学历</li>"
                "<li>具有铁路或港口运营经验，熟练使用数据分析工具</li>"
                "<li>英语良好，懂俄语者优先</li>"
                "</ul>"
                '<p>请将简历发送至 <a href="mailto:hr@scoda.gov.cn">hr@scoda.gov.cn</a>。</p>'
            ),
        },
    },
    {
        "key": "job-english-editor",
        "column": "careers",
        "published": "2026-10-08 09:00:00",
        "author": "admin",
        "hits": 184,
        "job": {
            "location": {"en": "Jiaozhou, Qingdao", "zh": "青岛市胶州市"},
            "openings": 1,
            "deadline": "2026-12-31",
            "salary": {"en": "RMB 8,000-12,000 per month", "zh": "月薪8000-12000元"},
        },
        "title": {"en": "English Content Editor", "zh": "英文编辑"},
        "summary": {
            "en": "Write and edit English news, policy summaries and promotional materials for the website and social media.",
            "zh": "负责网站和社交媒体英文新闻、政策解读和宣传材料的撰写与编辑。",
        },
        "body": {
            "en": (
                "<p>The Administrative Committee is recruiting an editor for its English-language website and publications.</p>"
                "<h3>Responsibilities</h3>"
                "<ul>"
                "<li>Write and edit news, policy summaries and event reports in English</li>"
                "<li>Translate and adapt Chinese materials for international readers</li>"
                "<li>Maintain the English website and social media accounts</li>"
                "</ul>"
                "<h3>Requirements</h3>"
                "<ul>"
                "<li>Bachelor's degree or above in journalism, English, translation or international relations</li>"
                "<li>Excellent written English and good Chinese</li>"
                "<li>Experience in news writing or corporate communications</li>"
                "</ul>"
                '<p>Please send your CV and two writing samples to <a href="mailto:hr@scoda.gov.cn">hr@scoda.gov.cn</a>.</p>'
            ),
            "zh": (
                "<p>管委会现招聘英文网站及出版物编辑1名。</p>"
                "<h3>岗位职责</h3>"
                "<ul>"
                "<li>撰写和编辑英文新闻、政策解读和活动报道</li>"
                "<li>面向国际读者翻译、编译中文材料</li>"
                "<li>维护英文网站和社交媒体账号</li>"
                "</ul>"
                "<h3>任职要求</h3>"
                "<ul>"
                "<li>新闻、英语、翻译或国际关系等专业本科及以上学历</li>"
                "<li>英文写作能力出色，中文表达良好</li>"
                "<li>具有新闻写作或企业传播工作经验</li>"
                "</ul>"
                '<p>请将简历和两篇写作样稿发送至 <a href="mailto:hr@scoda.gov.cn">hr@scoda.gov.cn</a>。</p>'
            ),
        },
    },
    # ------------------------------------------------------------------ Links
    {
        "key": "link-gov-cn",
        "column": "links",
        "published": "2020-09-01 09:00:00",
        "author": "admin",
        "sort": 1,
        "cover": "logo-gov-cn",
        "external_url": "http://english.www.gov.cn/",
        "title": {
            "en": "The State Council of the People's Republic of China",
            "zh": "中华人民共和国中央人民政府",
        },
        "summary": {
            "en": "Official portal of the Chinese central government.",
            "zh": "中国政府网。",
        },
    },
    {
        "key": "link-sco",
        "column": "links",
        "published": "2020-09-01 09:00:00",
        "author": "admin",
        "sort": 2,
        "cover": "logo-sco",
        "external_url": "http://eng.sectsco.org/",
        "title": {"en": "Shanghai Cooperation Organisation", "zh": "上海合作组织"},
        "summary": {"en": "Website of the SCO Secretariat.", "zh": "上海合作组织秘书处网站。"},
    },
    {
        "key": "link-mofcom",
        "column": "links",
        "published": "2020-09-01 09:00:00",
        "author": "admin",
        "sort": 3,
        "cover": "logo-mofcom",
        "external_url": "http://english.mofcom.gov.cn/",
        "title": {
            "en": "Ministry of Commerce of the People's Republic of China",
            "zh": "中华人民共和国商务部",
        },
        "summary": {
            "en": "Foreign trade, foreign investment and economic cooperation policies.",
            "zh": "对外贸易、外商投资和经济合作政策。",
        },
    },
    {
        "key": "link-customs",
        "column": "links",
        "published": "2020-09-01 09:00:00",
        "author": "admin",
        "sort": 4,
        "cover": "logo-customs",
        "external_url": "http://english.customs.gov.cn/",
        "title": {
            "en": "General Administration of Customs of the People's Republic of China",
            "zh": "中华人民共和国海关总署",
        },
        "summary": {
            "en": "Customs procedures, tariffs and trade statistics.",
            "zh": "通关业务、关税和贸易统计。",
        },
    },
    {
        "key": "link-shandong",
        "column": "links",
        "published": "2020-09-01 09:00:00",
        "author": "admin",
        "sort": 5,
        "cover": "logo-shandong",
        "external_url": "http://www.shandong.gov.cn/",
        "title": {"en": "Shandong Provincial People's Government", "zh": "山东省人民政府"},
        "summary": {
            "en": "Official portal of Shandong Province.",
            "zh": "山东省人民政府门户网站。",
        },
    },
    {
        "key": "link-qingdao",
        "column": "links",
        "published": "2020-09-01 09:00:00",
        "author": "admin",
        "sort": 6,
        "cover": "logo-qingdao",
        "external_url": "http://www.qingdao.gov.cn/",
        "title": {"en": "Qingdao Municipal People's Government", "zh": "青岛市人民政府"},
        "summary": {
            "en": "Official portal of the City of Qingdao.",
            "zh": "青岛市人民政府门户网站。",
        },
    },
]

BANNERS = [
    {
        "image": "banner-port",
        "link_column": "about",
        "title": {
            "en": "A Gateway to the Sea for SCO Countries",
            "zh": "上合组织国家面向亚太市场的“出海口”",
            "ru": "Выход к морю для стран ШОС",
        },
        "text": {
            "en": "Sea-rail intermodal links with Qingdao Port connect Central Asia with Japan, the Republic of Korea and Southeast Asia.",
            "zh": "依托青岛港海铁联运，连通中亚与日韩和东南亚市场。",
            "ru": "Морско-железнодорожные перевозки через порт Циндао связывают Центральную Азию с Японией, Республикой Корея и Юго-Восточной Азией.",
        },
    },
    {
        "image": "banner-rail",
        "link_column": "services",
        "title": {
            "en": "SCO Express: Regular Freight Trains to Central Asia and Russia",
            "zh": "“上合快线”常态化开行 通达中亚和俄罗斯",
            "ru": "«Экспресс ШОС»: регулярные грузовые поезда в Центральную Азию и Россию",
        },
        "text": {
            "en": "Weekly departures from the SCO Multimodal Logistics Hub in Jiaozhou, with customs clearance at the terminal.",
            "zh": "胶州上合多式联运中心每周定期发车，场站内即可完成通关。",
            "ru": "Еженедельные отправления с мультимодального хаба ШОС в Цзяочжоу, таможенное оформление на терминале.",
        },
    },
    {
        "image": "banner-expo",
        "link_column": "news",
        "title": {
            "en": "Where Local Governments and Businesses of SCO Countries Meet",
            "zh": "上合组织国家地方政府和企业交流合作的平台",
            "ru": "Место встречи регионов и компаний стран ШОС",
        },
        "text": {
            "en": "Expos, forums and matchmaking events throughout the year in Qingdao.",
            "zh": "博览会、论坛和对接洽谈活动全年在青岛举办。",
            "ru": "Выставки, форумы и деловые встречи в Циндао круглый год.",
        },
    },
]
