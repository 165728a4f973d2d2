### Systemene i Eksempel kommune (oppdiktet eksempel).

## Virksomhetssystemer

system-case-archive-name = Sak og arkiv
system-case-archive-summary = Saksbehandling, journalføring og arkivering av kommunens saker og dokumenter.
system-case-archive-owner-holder = Kommunedirektørens stab, ved stabssjefen
system-case-archive-coordinator-holder = Dokumentsenteret, ved arkivlederen
system-case-archive-supplier = Leverandør A (oppdiktet)

system-finance-name = Økonomi
system-finance-summary = Regnskap, budsjett, fakturabehandling og innkjøp for hele kommunen.
system-finance-owner-holder = Økonomisjefen
system-finance-coordinator-holder = Økonomiavdelingen, ved regnskapslederen
system-finance-supplier = Leverandør B (oppdiktet)

system-payroll-hr-name = Lønn og personal
system-payroll-hr-summary = Lønnskjøring, personalopplysninger, fravær og turnus for alle ansatte.
system-payroll-hr-owner-holder = HR-sjefen
system-payroll-hr-coordinator-holder = Lønnsavdelingen, ved lønnslederen
system-payroll-hr-supplier = Leverandør B (oppdiktet)

system-identity-access-name = Identitet og tilgang
system-identity-access-summary = Brukerkontoer, pålogging og tilgangsstyring til kommunens systemer.
system-identity-access-owner-holder = IKT-sjefen
system-identity-access-coordinator-holder = IKT-driftsenheten, ved sikkerhetsansvarlig
system-intranet-name = Intranett
system-intranet-summary = Kommunens interne nettsted med nyheter, rutiner og håndbøker for de ansatte.
system-intranet-owner-holder = Kommunikasjonssjefen
system-intranet-coordinator-holder = Kommunikasjonsavdelingen, ved nettredaktøren
system-intranet-supplier = Leverandør C (oppdiktet)

## Tverrfaglige systemer

system-document-management-name = Dokumenthåndtering og samhandling
system-document-management-summary = Felles områder for dokumenter, maler og samarbeid på tvers av enhetene.
system-document-management-owner-holder = Kommunedirektørens stab, ved stabssjefen
system-document-management-coordinator-holder = Dokumentsenteret, ved arkivlederen
system-document-management-supplier = Leverandør C (oppdiktet)

system-gis-maps-name = Kart og geodata
system-gis-maps-summary = Kartgrunnlag, eiendomsdata og temakart for plan, bygg, teknisk drift og beredskap.
system-gis-maps-owner-holder = Kommunalsjef for samfunnsutvikling
system-gis-maps-coordinator-holder = Oppmålingsavdelingen, ved GIS-koordinatoren
system-gis-maps-supplier = Leverandør D (oppdiktet)

## Virksomhetskritiske systemer

system-health-records-name = Elektronisk pasientjournal (EPJ)
system-health-records-summary = Journal for hjemmetjenesten, sykehjemmene, helsestasjonen og legevakten.
system-health-records-owner-holder = Kommunalsjef for helse og omsorg
system-health-records-coordinator-holder = Fagenheten for helse og omsorg, ved EPJ-koordinatoren
system-health-records-supplier = Leverandør E (oppdiktet)

system-school-admin-name = Skoleadministrasjon
system-school-admin-summary = Elevopplysninger, timeplaner, fravær, vurdering og kontakt med foresatte i grunnskolen.
system-school-admin-owner-holder = Kommunalsjef for oppvekst
system-school-admin-coordinator-holder = Oppvekstkontoret, ved skolefaglig rådgiver
system-school-admin-supplier = Leverandør F (oppdiktet)

## Fagsystemer

system-kindergarten-name = Barnehageadministrasjon
system-kindergarten-summary = Opptak, plasser, foreldrebetaling og kontakt med foresatte i de kommunale barnehagene.
system-kindergarten-owner-holder = Barnehagesjefen
system-kindergarten-coordinator-holder = Oppvekstkontoret, ved barnehagekonsulenten
system-kindergarten-supplier = Leverandør F (oppdiktet)

system-building-permits-name = Byggesak
system-building-permits-summary = Søknader om tillatelse til tiltak, saksbehandling og ferdigattester.
system-building-permits-owner-holder = Byggesaksleder
system-building-permits-coordinator-holder = Byggesaksavdelingen, ved fagkoordinatoren
system-building-permits-supplier = Leverandør D (oppdiktet)

system-welfare-technology-name = Velferdsteknologi
system-welfare-technology-summary = Digitale trygghetsalarmer, medisindispensere og sensorer i hjemmet, koblet til responssenteret.
system-welfare-technology-owner-holder = Kommunalsjef for helse og omsorg
system-welfare-technology-coordinator-holder = Hjemmetjenesten, ved velferdsteknologikoordinatoren
system-welfare-technology-operations-provider = Det interkommunale responssenteret (oppdiktet)
system-welfare-technology-supplier = Leverandør G (oppdiktet)
