#!/usr/bin/env python3
"""Generates the labelled PII test set in data/pii/.

Two parts, each from its own seed and its own share of the sentence templates:
- dev.jsonl: may be read while tuning the detector;
- holdout.jsonl: evaluated only at the end, never tuned on.

Each line is a JSON object:
  {"id": "dev-0001", "locale": "de_DE", "kind": "phone", "category": "phone",
   "text": "...", "value": "..."}
`kind` is a PIIKind raw value (email, phone, payment_card, iban, ip_address, us_ssn) whose finding
must cover `value`, or "none" for a shop look-alike (`category` says which) that must produce no
finding at all.

Usage: pip install Faker; python3 tools/make_pii_set.py [--out data/pii]
The output depends only on the seeds below and the Faker version (recorded in PROVENANCE.md).
"""

import argparse
import json
import os
import random

from faker import Faker

LOCALES = ["en_US", "de_DE", "fr_FR", "es_ES", "it_IT", "pt_BR", "pt_PT"]
ROWS_PER_TYPE = 25
SHOP_ROWS_PER_CATEGORY = 6  # per locale
SEEDS = {"dev": 23001, "holdout": 23999}
# Card networks are those of the locale's Faker provider, except Faker's generic 12-digit "maestro"
# (with unissued prefixes such as 0604): the detector looks for 13-19 digit card numbers.
MIN_CARD_LENGTH = 13

# Sentence templates per language and type. Template i goes to the holdout when i % 3 == 2, to dev
# otherwise, so the holdout also tests phrasings the detector was not tuned on.
PII_TEMPLATES = {
    "en": {
        "email": ["My email is {v}, please send the receipt there.", "Contact: {name} <{v}>",
                  "Can you update the address on my account to {v}?", "Reach me at {v} if the parcel is late.",
                  "{v}", "Send the invoice copy to {v} thanks"],
        "phone": ["My phone number is {v}.", "Call me on {v} after 6pm.", "Please text my mobile {v} when it ships.",
                  "You can reach me at {v}", "Tel: {v}", "Update my cell to {v}, the old one is gone.",
                  "{name}, phone {v}, wants a callback.", "Best number to call: {v}", "The courier can ring {v}."],
        "payment_card": ["Charge my card {v}, exp 09/28.", "Card number: {v}", "I paid with {v} but got no receipt.",
                         "Please refund to the Visa ending... actually the full number is {v}.",
                         "use {v} for the order", "My credit card {v} was declined twice."],
        "iban": ["Please refund to IBAN {v}.", "My bank account: {v}", "Wire the money to {v}, name {name}.",
                 "IBAN {v}", "Refund goes to {v} please", "account {v} ({name})"],
        "ip_address": ["My router IP is {v} and the site won't load.", "Login attempt from {v} was not me.",
                       "Server address: {v}", "ping {v} fails", "It works from {v} only.", "Whitelist {v} please."],
        "us_ssn": ["My SSN is {v}.", "SSN: {v}", "For the credit check, social security number {v}.",
                   "ssn {v}", "Tax form shows {v} as my SSN.", "Here is my social {v}"],
    },
    "de": {
        "email": ["Meine E-Mail ist {v}, bitte die Rechnung dorthin.", "Kontakt: {name} <{v}>",
                  "Bitte ändern Sie meine Adresse auf {v}.", "Schreiben Sie mir an {v}.", "{v}",
                  "Die Bestätigung bitte an {v} schicken"],
        "phone": ["Meine Telefonnummer ist {v}.", "Rufen Sie mich unter {v} an.", "Handy: {v}",
                  "Sie erreichen mich unter {v}", "Tel. {v}", "Bitte meine Mobilnummer auf {v} ändern.",
                  "{name}, Telefon {v}, bittet um Rückruf.", "Festnetz {v}, tagsüber erreichbar.",
                  "Der Fahrer kann mich anrufen: {v}"],
        "payment_card": ["Bitte buchen Sie von meiner Karte {v} ab, gültig bis 09/28.", "Kartennummer: {v}",
                         "Ich habe mit {v} bezahlt, aber keine Quittung bekommen.", "Kreditkarte {v}",
                         "Die Karte {v} wurde abgelehnt.", "Zahlung mit {v} bitte"],
        "iban": ["Bitte erstatten Sie auf IBAN {v}.", "Meine Bankverbindung: {v}", "Überweisung an {v}, Inhaber {name}.",
                 "IBAN: {v}", "Erstattung bitte auf {v}", "Konto {v} ({name})"],
        "ip_address": ["Meine IP-Adresse ist {v}, die Seite lädt nicht.", "Anmeldung von {v} war nicht ich.",
                       "Server: {v}", "ping {v} geht nicht", "Nur von {v} aus klappt es.", "Bitte {v} freischalten."],
    },
    "fr": {
        "email": ["Mon e-mail est {v}, merci d'y envoyer la facture.", "Contact : {name} <{v}>",
                  "Pouvez-vous changer mon adresse pour {v} ?", "Écrivez-moi à {v}.", "{v}",
                  "Envoyez la confirmation à {v} svp"],
        "phone": ["Mon numéro de téléphone est le {v}.", "Appelez-moi au {v} après 18h.", "Portable : {v}",
                  "Vous pouvez me joindre au {v}", "Tél. {v}", "Merci de mettre à jour mon mobile : {v}.",
                  "{name}, téléphone {v}, demande à être rappelé.", "Fixe {v}, joignable en journée.",
                  "Le livreur peut m'appeler : {v}"],
        "payment_card": ["Débitez ma carte {v}, expiration 09/28.", "Numéro de carte : {v}",
                         "J'ai payé avec {v} mais je n'ai pas reçu de reçu.", "Carte bancaire {v}",
                         "La carte {v} a été refusée.", "Paiement avec {v} svp"],
        "iban": ["Merci de rembourser sur l'IBAN {v}.", "Mes coordonnées bancaires : {v}",
                 "Virement sur {v}, titulaire {name}.", "IBAN : {v}", "Remboursement sur {v} svp", "Compte {v} ({name})"],
        "ip_address": ["Mon adresse IP est {v} et le site ne charge pas.", "Connexion depuis {v}, ce n'était pas moi.",
                       "Serveur : {v}", "ping {v} échoue", "Ça marche seulement depuis {v}.", "Autorisez {v} svp."],
    },
    "es": {
        "email": ["Mi correo es {v}, envíen la factura allí.", "Contacto: {name} <{v}>",
                  "¿Pueden cambiar mi dirección a {v}?", "Escríbanme a {v}.", "{v}", "Manden la confirmación a {v} gracias"],
        "phone": ["Mi número de teléfono es {v}.", "Llámeme al {v} después de las 18h.", "Móvil: {v}",
                  "Pueden contactarme en el {v}", "Tel. {v}", "Actualicen mi celular a {v}, por favor.",
                  "{name}, teléfono {v}, pide que le devuelvan la llamada.", "Fijo {v}, disponible por la mañana.",
                  "El repartidor puede llamarme: {v}"],
        "payment_card": ["Carguen a mi tarjeta {v}, caduca 09/28.", "Número de tarjeta: {v}",
                         "Pagué con {v} pero no recibí el recibo.", "Tarjeta de crédito {v}",
                         "La tarjeta {v} fue rechazada.", "Pago con {v} por favor"],
        "iban": ["Reembolsen al IBAN {v}.", "Mi cuenta bancaria: {v}", "Transferencia a {v}, titular {name}.",
                 "IBAN: {v}", "El reembolso a {v} por favor", "Cuenta {v} ({name})"],
        "ip_address": ["Mi IP es {v} y la web no carga.", "Inicio de sesión desde {v}, no fui yo.", "Servidor: {v}",
                       "ping {v} falla", "Solo funciona desde {v}.", "Autoricen {v} por favor."],
    },
    "it": {
        "email": ["La mia email è {v}, mandate lì la fattura.", "Contatto: {name} <{v}>",
                  "Potete cambiare il mio indirizzo in {v}?", "Scrivetemi a {v}.", "{v}", "Inviate la conferma a {v} grazie"],
        "phone": ["Il mio numero di telefono è {v}.", "Chiamatemi al {v} dopo le 18.", "Cellulare: {v}",
                  "Potete contattarmi al {v}", "Tel. {v}", "Aggiornate il mio cell. a {v}, per favore.",
                  "{name}, telefono {v}, chiede di essere richiamato.", "Fisso {v}, raggiungibile di giorno.",
                  "Il corriere può chiamarmi: {v}"],
        "payment_card": ["Addebitate sulla mia carta {v}, scadenza 09/28.", "Numero di carta: {v}",
                         "Ho pagato con {v} ma non ho ricevuto la ricevuta.", "Carta di credito {v}",
                         "La carta {v} è stata rifiutata.", "Pagamento con {v} grazie"],
        "iban": ["Rimborsate sull'IBAN {v}.", "Il mio conto: {v}", "Bonifico su {v}, intestato a {name}.",
                 "IBAN: {v}", "Il rimborso su {v} per favore", "Conto {v} ({name})"],
        "ip_address": ["Il mio IP è {v} e il sito non si carica.", "Accesso da {v}, non ero io.", "Server: {v}",
                       "ping {v} non va", "Funziona solo da {v}.", "Autorizzate {v} per favore."],
    },
    "pt": {
        "email": ["O meu e-mail é {v}, enviem a fatura para lá.", "Contato: {name} <{v}>",
                  "Podem mudar o meu endereço para {v}?", "Escrevam-me para {v}.", "{v}", "Mandem a confirmação para {v} obrigado"],
        "phone": ["O meu número de telefone é {v}.", "Liguem-me para o {v} depois das 18h.", "Celular: {v}",
                  "Podem contactar-me pelo {v}", "Tel. {v}", "Atualizem o meu telemóvel para {v}, por favor.",
                  "{name}, telefone {v}, pede retorno.", "Fixo {v}, disponível de manhã.",
                  "O estafeta pode ligar-me: {v}"],
        "payment_card": ["Cobrem no meu cartão {v}, validade 09/28.", "Número do cartão: {v}",
                         "Paguei com {v} mas não recebi o recibo.", "Cartão de crédito {v}",
                         "O cartão {v} foi recusado.", "Pagamento com {v} por favor"],
        "iban": ["Reembolsem para o IBAN {v}.", "A minha conta: {v}", "Transferência para {v}, titular {name}.",
                 "IBAN: {v}", "O reembolso para {v} por favor", "Conta {v} ({name})"],
        "ip_address": ["O meu IP é {v} e o site não carrega.", "Acesso a partir de {v}, não fui eu.", "Servidor: {v}",
                       "ping {v} falha", "Só funciona a partir de {v}.", "Autorizem {v} por favor."],
    },
}

# Shop look-alikes: no personal data, but numbers a careless detector takes for some.
SHOP_TEMPLATES = {
    "en": {
        "order": ["help me check the eta of the order {v}", "Where is my order {v}?", "Order #{v} hasn't arrived.",
                  "I called yesterday about order {v}, any news?", "order number {v}", "Can you cancel order {v}"],
        "tracking": ["Tracking number {v}, it says in transit.", "tracking: {v}", "The parcel {v} is stuck.",
                     "Here's the tracking {v}", "shipment {v} shows delivered but I don't have it", "Track {v} please"],
        "invoice": ["Invoice {v} is wrong.", "Please resend invoice {v}", "invoice no. {v} charged twice",
                    "Need a copy of invoice {v}", "The invoice {v} has the wrong address", "receipt {v}"],
        "price": ["It costs {v} now?", "Total came to {v} with shipping.", "Is {v} the final price?",
                  "I was charged {v} instead of the sale price", "{v} for two? ok", "Budget is around {v}."],
        "sku": ["SKU {v} is out of stock.", "Do you have item {v} in blue?", "Article {v}, size M",
                "Product {v} please", "EAN {v}", "Add {v} to my cart"],
        "quantity": ["I need {v} of those.", "Send {v} please", "Can I order {v} at once?", "{v} in stock?",
                     "We want {v} for the office", "Is there a discount for {v}?"],
        "datetime": ["Delivered on {v}?", "My slot is {v}.", "It shipped {v}.", "Pickup {v} works",
                     "Between {v} please", "Ordered {v}, still waiting"],
    },
    "de": {
        "order": ["Wo ist meine Bestellung {v}?", "Bestellnummer {v}", "Ich habe gestern wegen Bestellung {v} angerufen.",
                  "Bestellung Nr. {v} ist nicht angekommen.", "Auftrag {v} bitte stornieren", "Bestellung {v}"],
        "tracking": ["Sendungsnummer {v}, steht auf unterwegs.", "Sendungsverfolgung: {v}", "Paket {v} hängt fest.",
                     "Hier die Sendungsnummer {v}", "Lieferung {v} angeblich zugestellt", "Tracking {v} bitte"],
        "invoice": ["Rechnung {v} ist falsch.", "Bitte Rechnung {v} erneut senden", "Rechnungsnummer {v} doppelt abgebucht",
                    "Kopie der Rechnung {v} bitte", "Rechnung Nr. {v} hat die falsche Adresse", "Beleg {v}"],
        "price": ["Kostet das jetzt {v}?", "Gesamt {v} mit Versand.", "Ist {v} der Endpreis?",
                  "Mir wurden {v} berechnet", "{v} für zwei? ok", "Budget ca. {v}."],
        "sku": ["Artikel {v} ist ausverkauft.", "Gibt es Artikel {v} in Blau?", "Artikelnummer {v}, Größe M",
                "Produkt {v} bitte", "EAN {v}", "{v} in den Warenkorb"],
        "quantity": ["Ich brauche {v} davon.", "Bitte {v} schicken", "Kann ich {v} auf einmal bestellen?", "{v} auf Lager?",
                     "Wir wollen {v} fürs Büro", "Gibt es Rabatt ab {v}?"],
        "datetime": ["Zugestellt am {v}?", "Mein Termin ist {v}.", "Versendet {v}.", "Abholung {v} passt",
                     "Zwischen {v} bitte", "Bestellt {v}, warte noch"],
    },
    "fr": {
        "order": ["Où est ma commande {v} ?", "Numéro de commande {v}", "J'ai appelé hier pour la commande {v}.",
                  "La commande n° {v} n'est pas arrivée.", "Annulez la commande {v} svp", "commande {v}"],
        "tracking": ["Numéro de suivi {v}, toujours en transit.", "suivi : {v}", "Le colis {v} est bloqué.",
                     "Voici le suivi {v}", "Envoi {v} marqué livré", "Suivi {v} svp"],
        "invoice": ["La facture {v} est fausse.", "Renvoyez la facture {v} svp", "facture n° {v} débitée deux fois",
                    "Copie de la facture {v} svp", "La facture {v} a la mauvaise adresse", "reçu {v}"],
        "price": ["Ça coûte {v} maintenant ?", "Total {v} avec livraison.", "{v} c'est le prix final ?",
                  "On m'a facturé {v}", "{v} pour deux ? ok", "Budget environ {v}."],
        "sku": ["L'article {v} est en rupture.", "Avez-vous l'article {v} en bleu ?", "Référence {v}, taille M",
                "Produit {v} svp", "EAN {v}", "Ajoutez {v} au panier"],
        "quantity": ["Il m'en faut {v}.", "Envoyez-en {v} svp", "Puis-je en commander {v} d'un coup ?", "{v} en stock ?",
                     "On en veut {v} pour le bureau", "Remise à partir de {v} ?"],
        "datetime": ["Livré le {v} ?", "Mon créneau est {v}.", "Expédié le {v}.", "Retrait {v} ça va",
                     "Entre {v} svp", "Commandé le {v}, j'attends"],
    },
    "es": {
        "order": ["¿Dónde está mi pedido {v}?", "Número de pedido {v}", "Llamé ayer por el pedido {v}.",
                  "El pedido n.º {v} no ha llegado.", "Cancelen el pedido {v}", "pedido {v}"],
        "tracking": ["Número de seguimiento {v}, sigue en tránsito.", "seguimiento: {v}", "El paquete {v} está parado.",
                     "Aquí el seguimiento {v}", "Envío {v} marcado como entregado", "Rastreen {v} por favor"],
        "invoice": ["La factura {v} está mal.", "Reenvíen la factura {v}", "factura n.º {v} cobrada dos veces",
                    "Copia de la factura {v} por favor", "La factura {v} tiene la dirección mal", "recibo {v}"],
        "price": ["¿Ahora cuesta {v}?", "Total {v} con envío.", "¿{v} es el precio final?",
                  "Me cobraron {v}", "{v} por dos? vale", "Presupuesto unos {v}."],
        "sku": ["El artículo {v} está agotado.", "¿Tienen el artículo {v} en azul?", "Referencia {v}, talla M",
                "Producto {v} por favor", "EAN {v}", "Añadan {v} al carrito"],
        "quantity": ["Necesito {v}.", "Envíen {v} por favor", "¿Puedo pedir {v} de una vez?", "¿{v} en stock?",
                     "Queremos {v} para la oficina", "¿Hay descuento a partir de {v}?"],
        "datetime": ["¿Entregado el {v}?", "Mi franja es {v}.", "Enviado el {v}.", "Recogida {v} me va bien",
                     "Entre {v} por favor", "Pedido el {v}, sigo esperando"],
    },
    "it": {
        "order": ["Dov'è il mio ordine {v}?", "Numero d'ordine {v}", "Ho chiamato ieri per l'ordine {v}.",
                  "L'ordine n. {v} non è arrivato.", "Annullate l'ordine {v}", "ordine {v}"],
        "tracking": ["Numero di tracciamento {v}, ancora in transito.", "tracking: {v}", "Il pacco {v} è fermo.",
                     "Ecco la spedizione {v}", "Spedizione {v} risulta consegnata", "Tracciate {v} per favore"],
        "invoice": ["La fattura {v} è sbagliata.", "Rimandate la fattura {v}", "fattura n. {v} addebitata due volte",
                    "Copia della fattura {v} per favore", "La fattura {v} ha l'indirizzo sbagliato", "ricevuta {v}"],
        "price": ["Adesso costa {v}?", "Totale {v} con spedizione.", "{v} è il prezzo finale?",
                  "Mi hanno addebitato {v}", "{v} per due? ok", "Budget circa {v}."],
        "sku": ["L'articolo {v} è esaurito.", "Avete l'articolo {v} in blu?", "Codice articolo {v}, taglia M",
                "Prodotto {v} per favore", "EAN {v}", "Aggiungete {v} al carrello"],
        "quantity": ["Me ne servono {v}.", "Mandatene {v} per favore", "Posso ordinarne {v} in una volta?", "{v} disponibili?",
                     "Ne vogliamo {v} per l'ufficio", "C'è uno sconto da {v}?"],
        "datetime": ["Consegnato il {v}?", "La mia fascia è {v}.", "Spedito il {v}.", "Ritiro {v} va bene",
                     "Tra {v} per favore", "Ordinato il {v}, aspetto ancora"],
    },
    "pt": {
        "order": ["Onde está a minha encomenda {v}?", "Número do pedido {v}", "Liguei ontem por causa da encomenda {v}.",
                  "O pedido n.º {v} não chegou.", "Cancelem a encomenda {v}", "pedido {v}"],
        "tracking": ["Código de rastreamento {v}, ainda em trânsito.", "rastreio: {v}", "O pacote {v} está parado.",
                     "Aqui o rastreamento {v}", "Envio {v} consta como entregue", "Rastreiem {v} por favor"],
        "invoice": ["A fatura {v} está errada.", "Reenviem a fatura {v}", "fatura n.º {v} cobrada duas vezes",
                    "Cópia da fatura {v} por favor", "A fatura {v} tem a morada errada", "recibo {v}"],
        "price": ["Agora custa {v}?", "Total {v} com envio.", "{v} é o preço final?",
                  "Cobraram-me {v}", "{v} por dois? ok", "Orçamento cerca de {v}."],
        "sku": ["O artigo {v} está esgotado.", "Têm o artigo {v} em azul?", "Referência {v}, tamanho M",
                "Produto {v} por favor", "EAN {v}", "Adicionem {v} ao carrinho"],
        "quantity": ["Preciso de {v}.", "Enviem {v} por favor", "Posso encomendar {v} de uma vez?", "{v} em stock?",
                     "Queremos {v} para o escritório", "Há desconto a partir de {v}?"],
        "datetime": ["Entregue a {v}?", "O meu horário é {v}.", "Enviado a {v}.", "Levantamento {v} serve",
                     "Entre {v} por favor", "Encomendado a {v}, ainda à espera"],
    },
}

# Published issuer prefixes (any length) used to keep generated order numbers clear of real card ranges.
CARD_PREFIXES = ("4", "51", "52", "53", "54", "55", "22", "23", "24", "25", "26", "27", "34", "37", "30", "36",
                 "38", "39", "35", "60", "62", "64", "65", "67", "63", "50", "56", "57", "58", "81", "18", "21")


def luhn_complete(digits):
    """Appends the Luhn check digit to a string of digits."""
    total = 0
    for k, ch in enumerate(reversed(digits)):
        d = int(ch)
        if k % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return digits + str((10 - total % 10) % 10)


def ean13_complete(digits):
    """Appends the GS1 check digit (weights 1, 3, 1, … from the left) to 12 digits."""
    total = sum(int(ch) * (3 if k % 2 else 1) for k, ch in enumerate(digits))
    return digits + str((10 - total % 10) % 10)


def group(value, sizes, sep=" "):
    out, k = [], 0
    for size in sizes:
        out.append(value[k:k + size])
        k += size
    if k < len(value):
        out.append(value[k:])
    return sep.join(x for x in out if x)


def templates_for(split, table):
    """The share of a template list that belongs to `split`."""
    return [t for i, t in enumerate(table) if (i % 3 == 2) == (split == "holdout")]


def card_types(fake):
    """The card types of `fake`'s credit card provider by name."""
    provider = next(p for p in fake.providers if "credit_card" in type(p).__module__)
    return provider.credit_card_types


def pii_value(kind, fake, rng):
    if kind == "email":
        return fake.email()
    if kind == "phone":
        return fake.phone_number()
    if kind == "payment_card":
        types = sorted(name for name, card in card_types(fake).items() if card.length >= MIN_CARD_LENGTH)
        number = fake.credit_card_number(card_type=rng.choice(types))
        style = rng.random()
        if style < 0.5:
            return number
        sizes = [4, 6, 5] if len(number) == 15 and number[:2] in ("34", "37") else [4, 4, 4, 4, 4]
        return group(number, sizes, " " if style < 0.85 else "-")
    if kind == "iban":
        iban = fake.iban()
        return iban if rng.random() < 0.5 else group(iban, [4] * 9)
    if kind == "ip_address":
        return fake.ipv4_public() if rng.random() < 0.6 else fake.ipv6()
    if kind == "us_ssn":
        return fake.ssn()
    raise ValueError(kind)


def no_issuer_luhn(rng, length):
    """A Luhn-valid digit string of `length` whose prefix no card network issues."""
    while True:
        body = str(rng.choice([1, 7, 9])) + "".join(str(rng.randrange(10)) for _ in range(length - 2))
        number = luhn_complete(body)
        if not number.startswith(CARD_PREFIXES):
            return number


def shop_value(category, lang, rng):
    digits = lambda n: str(rng.randrange(1, 10)) + "".join(str(rng.randrange(10)) for _ in range(n - 1))
    if category == "order":
        style = rng.randrange(6)
        if style == 0:
            return no_issuer_luhn(rng, rng.choice([15, 16]))
        if style == 1:
            return digits(rng.choice([8, 9, 10, 11, 12]))
        if style == 2:
            return "0" + digits(rng.choice([8, 9, 10]))
        if style == 3:
            return f"ORD-{rng.randrange(2024, 2027)}-{rng.randrange(0, 999999):06d}"
        if style == 4:
            return digits(rng.choice([13, 14]))
        return f"{digits(3)}-{digits(7)}-{digits(7)}"  # marketplace style
    if category == "tracking":
        style = rng.randrange(5)
        if style == 0:
            return "1Z" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(16))
        if style == 1:
            return "94" + "".join(str(rng.randrange(10)) for _ in range(20))  # USPS, 22 digits
        if style == 2:
            return "00" + "".join(str(rng.randrange(10)) for _ in range(18))  # DHL/SSCC, 20 digits
        if style == 3:
            return digits(12)  # FedEx
        return rng.choice(["RR", "LX", "CP", "PQ"]) + digits(9) + rng.choice(["DE", "FR", "ES", "IT", "PT", "BR"])
    if category == "invoice":
        style = rng.randrange(3)
        if style == 0:
            return f"INV-{rng.randrange(2024, 2027)}-{rng.randrange(0, 99999):05d}"
        if style == 1:
            return digits(rng.choice([7, 8, 9, 10]))
        return f"{rng.randrange(2024, 2027)}/{rng.randrange(0, 999999):06d}"
    if category == "price":
        amount = rng.randrange(1, 500000) / 100
        whole, cents = int(amount), int(round(amount * 100)) % 100
        if lang == "en":
            return f"${whole:,}.{cents:02d}"
        sep = " " if lang == "fr" else "."
        text = f"{whole:,}".replace(",", sep) + f",{cents:02d}"
        return ("R$ " + text) if lang == "pt" and rng.random() < 0.5 else text + " €"
    if category == "sku":
        style = rng.randrange(4)
        if style == 0:  # Online Boutique product id
            return "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(10))
        if style == 1:
            return ean13_complete("40" + digits(10))  # a German EAN-13
        if style == 2:
            return f"{rng.choice(['SKU', 'ART', 'REF'])}-{digits(5)}"
        return digits(rng.choice([6, 7, 8]))
    if category == "quantity":
        n = rng.choice([2, 3, 5, 12, 24, 50, 100, 250, 1000, 10000, 120000])
        if n >= 1000 and lang != "en":
            return f"{n:,}".replace(",", " " if lang == "fr" else ".")
        return f"{n:,}" if rng.random() < 0.5 else str(n)
    if category == "datetime":
        y, m, d = rng.randrange(2024, 2028), rng.randrange(1, 13), rng.randrange(1, 29)
        hh, mm = rng.randrange(0, 24), rng.choice([0, 15, 30, 45])
        style = rng.randrange(5)
        if style == 0:
            return f"{y}-{m:02d}-{d:02d}"
        if style == 1:
            return f"{m:02d}/{d:02d}/{y}" if lang == "en" else f"{d:02d}.{m:02d}.{y}"
        if style == 2:
            return f"{d:02d}/{m:02d}/{y} {hh:02d}:{mm:02d}"
        if style == 3:
            return f"{hh:02d}:{mm:02d}-{(hh + 2) % 24:02d}:{mm:02d}"
        return f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}:00Z"
    raise ValueError(category)


def make_split(split):
    seed = SEEDS[split]
    rng = random.Random(seed)
    rows = []
    for locale in LOCALES:
        lang = locale[:2]
        fake = Faker(locale)
        fake.seed_instance(seed + LOCALES.index(locale))
        kinds = ["email", "phone", "payment_card", "iban", "ip_address"] + (["us_ssn"] if locale == "en_US" else [])
        for kind in kinds:
            options = templates_for(split, PII_TEMPLATES[lang][kind])
            for _ in range(ROWS_PER_TYPE):
                value = pii_value(kind, fake, rng)
                text = rng.choice(options).format(v=value, name=fake.name())
                rows.append({"locale": locale, "kind": kind, "category": kind, "text": text, "value": value})
        for category, table in SHOP_TEMPLATES[lang].items():
            options = templates_for(split, table)
            for _ in range(SHOP_ROWS_PER_CATEGORY):
                value = shop_value(category, lang, rng)
                text = rng.choice(options).format(v=value)
                rows.append({"locale": locale, "kind": "none", "category": category, "text": text, "value": value})
    for n, row in enumerate(rows, 1):
        row["id"] = f"{split}-{n:04d}"
    return [{k: row[k] for k in ("id", "locale", "kind", "category", "text", "value")} for row in rows]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..", "data", "pii"))
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    for split in SEEDS:
        rows = make_split(split)
        with open(os.path.join(args.out, f"{split}.jsonl"), "w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"{split}: {len(rows)} rows")


if __name__ == "__main__":
    main()
