/*
 * Common Swedish passwords and the words they are built from: names, seasons, places, football
 * clubs, pets, everyday words and keyboard walks. Checked in lower case, whole or as the stem of
 * a password that only adds digits and symbols ("Sommar2024!" is "sommar"); see lib/common-passwords.ts.
 * Written for this project from what Swedish password leaks are known to hold.
 */
export const COMMON_SWEDISH_PASSWORDS: readonly string[] = `
lösenord losenord losen lösen hemligt hemlig hemlis kodord minkod nyckel nycklar inloggning logga
sommar vinter hösten hosten våren varen sommaren vintern varmt kallt midsommar jul julafton påsk pask nyår nyar
sverige svenska svensk sweden svenne stockholm göteborg goteborg malmö malmo uppsala västerås vasteras
örebro orebro linköping linkoping helsingborg jönköping jonkoping norrköping norrkoping lund umeå umea
gävle gavle borås boras södertälje sodertalje eskilstuna karlstad täby taby växjö vaxjo halmstad sundsvall
luleå lulea trollhättan östersund ostersund borlänge borlange tumba kiruna visby gotland öland oland skåne skane
norrland dalarna värmland varmland lappland småland smaland halland blekinge
aik djurgården djurgarden hammarby ifkgöteborg ifkgoteborg blåvitt blavitt malmöff malmoff mff bajen dif
frölunda frolunda färjestad farjestad luleåhockey brynäs brynas tre kronor trekronor
anna maria karin sara lena kerstin emma elin ida johanna linnea hanna elsa alice maja ebba wilma astrid
ingrid margareta birgitta eva kristina malin jenny sofia julia klara moa saga vera tuva ellen stina lisa
erik lars karl anders johan per nils olof jan hans mikael peter daniel fredrik andreas magnus oscar
lucas william hugo liam elias adam alexander axel viktor filip anton gustav emil leo noah melvin isak
sven bengt göran goran leif bo åke ake stig rolf ulf kent kjell lennart gunnar bertil ingvar
katten katt kissekatt kisse missan mirre hunden hund vovve valp bamse molly bella sixten tyson
charlie buster doris sessan smulan pluto lufsen nalle nallebjörn nallebjorn kanin häst hast ponny
kärlek karlek älskling alskling älskar alskar jagälskardig jagalskardig puss kram hjärta hjarta
hejsan hejhej hallå hallo tjena tjenare tjabba morsning godmorgon godnatt tack tackar
mamma pappa mormor morfar farmor farfar syster bror familj familjen barnen bebis
fotboll hockey innebandy handboll tennis golf skidor fiske jakt ridning
kaffe fika kanelbulle godis choklad glass pizza pannkaka köttbullar kottbullar surströmming
volvo saab scania ikea ericsson spotify abba roxette
qwerty qwertyuiop qwertyuiopå asdfghjkl asdfghjklöä zxcvbnm 1q2w3e4r 1q2w3e4r5t qazwsx
123456 1234567 12345678 123456789 1234567890 0987654321 987654321 111111 000000 121212 123123
abc123 abcd1234 password passw0rd lösen123 losen123 välkommen valkommen valkommen1 välkommen1
sommar2024 sommar2025 sommar2026 vinter2024 vinter2025 vinter2026 hösten2025 våren2026
stockholm1 göteborg1 sverige1 sverige123 aik1891 hammarby1897 djurgarden1891 bajen1897
hemligt123 minkod123 admin administratör administrator användare anvandare gäst gast
bostad hyresgäst hyresgast hyresrätt hyresratt lägenhet lagenhet trappuppgång trappuppgang
allmännyttan allmannyttan allmännyttig bostadsbolag bostadsbolaget fastighet fastigheter
hyresbostäder hyresbostader kommunen förening forening föreningen foreningen kooperativ
mötesplats motesplats motesplatsen innovationslabb labbet grannar grannskap kvarteret
innergård innergard gården garden tvättstuga tvattstuga soprum källare kallare
motesplats-demo
`
  .split(/\s+/)
  .filter((word) => word.length > 0);
