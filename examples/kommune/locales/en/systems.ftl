### The systems of Eksempel kommune (a fictional example).

## Enterprise systems

system-case-archive-name = Case management and archive
system-case-archive-summary = Case handling, registry and archiving of the municipality's cases and documents.
system-case-archive-owner-holder = The chief executive's staff, through the head of staff
system-case-archive-coordinator-holder = The records centre, through the head of archives
system-case-archive-supplier = Supplier A (fictional)

system-finance-name = Finance
system-finance-summary = Accounting, budgeting, invoice processing and purchasing for the whole municipality.
system-finance-owner-holder = The head of finance
system-finance-coordinator-holder = The finance department, through the chief accountant
system-finance-supplier = Supplier B (fictional)

system-payroll-hr-name = Payroll and HR
system-payroll-hr-summary = Payroll runs, personnel records, absence and rotas for all employees.
system-payroll-hr-owner-holder = The head of HR
system-payroll-hr-coordinator-holder = The payroll department, through the payroll manager
system-payroll-hr-supplier = Supplier B (fictional)

system-identity-access-name = Identity and access
system-identity-access-summary = User accounts, sign-in and access control for the municipality's systems.
system-identity-access-owner-holder = The head of ICT
system-identity-access-coordinator-holder = The ICT operations unit, through the security officer
system-intranet-name = Intranet
system-intranet-summary = The municipality's internal website with news, procedures and handbooks for employees.
system-intranet-owner-holder = The head of communications
system-intranet-coordinator-holder = The communications department, through the web editor
system-intranet-supplier = Supplier C (fictional)

## Cross-disciplinary systems

system-document-management-name = Document management and collaboration
system-document-management-summary = Shared spaces for documents, templates and collaboration across the units.
system-document-management-owner-holder = The chief executive's staff, through the head of staff
system-document-management-coordinator-holder = The records centre, through the head of archives
system-document-management-supplier = Supplier C (fictional)

system-gis-maps-name = Maps and geodata
system-gis-maps-summary = Base maps, property data and thematic maps for planning, building, technical services and emergency preparedness.
system-gis-maps-owner-holder = The director of community development
system-gis-maps-coordinator-holder = The land surveying department, through the GIS coordinator
system-gis-maps-supplier = Supplier D (fictional)

## Business-critical systems

system-health-records-name = Electronic patient record (EPR)
system-health-records-summary = Records for home care, the nursing homes, the child health centre and the out-of-hours clinic.
system-health-records-owner-holder = The director of health and care
system-health-records-coordinator-holder = The health and care unit, through the EPR coordinator
system-health-records-supplier = Supplier E (fictional)

system-school-admin-name = School administration
system-school-admin-summary = Pupil records, timetables, absence, assessment and contact with parents in primary and lower secondary school.
system-school-admin-owner-holder = The director of education
system-school-admin-coordinator-holder = The education office, through the school adviser
system-school-admin-supplier = Supplier F (fictional)

## Specialist systems

system-kindergarten-name = Kindergarten administration
system-kindergarten-summary = Admissions, places, parental fees and contact with parents in the municipal kindergartens.
system-kindergarten-owner-holder = The head of kindergartens
system-kindergarten-coordinator-holder = The education office, through the kindergarten officer
system-kindergarten-supplier = Supplier F (fictional)

system-building-permits-name = Building permits
system-building-permits-summary = Applications for building permits, case handling and completion certificates.
system-building-permits-owner-holder = The head of building permits
system-building-permits-coordinator-holder = The building permits department, through the specialist coordinator
system-building-permits-supplier = Supplier D (fictional)

system-welfare-technology-name = Welfare technology
system-welfare-technology-summary = Digital safety alarms, medicine dispensers and home sensors, connected to the response centre.
system-welfare-technology-owner-holder = The director of health and care
system-welfare-technology-coordinator-holder = Home care services, through the welfare technology coordinator
system-welfare-technology-operations-provider = The inter-municipal response centre (fictional)
system-welfare-technology-supplier = Supplier G (fictional)
