-- The matching's distance preference needs a location for every municipality with a council decision. Until now a
-- municipality without a row in municipality_location was left out of the run altogether, so its decided places went
-- unused. Each county now has an approximate centre (a central town), which stands in for a municipality whose own
-- location is not known: its distance is then approximate, and the run says how many such municipalities it has.
create table county_location (
    county_code char(2) primary key references county (code),
    town        text not null,
    latitude    double precision not null check (latitude between 57 and 72),
    longitude   double precision not null check (longitude between 4 and 32)
);

insert into county_location (county_code, town, latitude, longitude) values
    ('03', 'Oslo', 59.913, 10.752),
    ('11', 'Stavanger', 58.970, 5.733),
    ('15', 'Molde', 62.737, 7.160),
    ('18', 'Bodø', 67.280, 14.405),
    ('31', 'Sarpsborg', 59.284, 11.110),
    ('32', 'Lillestrøm', 59.956, 11.050),
    ('33', 'Drammen', 59.744, 10.204),
    ('34', 'Hamar', 60.795, 11.068),
    ('39', 'Tønsberg', 59.267, 10.408),
    ('40', 'Skien', 59.209, 9.609),
    ('42', 'Kristiansand', 58.146, 7.996),
    ('46', 'Bergen', 60.391, 5.322),
    ('50', 'Trondheim', 63.430, 10.395),
    ('55', 'Tromsø', 69.649, 18.956),
    ('56', 'Alta', 69.968, 23.272);
