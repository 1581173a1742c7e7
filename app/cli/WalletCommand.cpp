// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// inkan-cli wallet …: accounts in DATA/keystore, signing and address tools.
// The command names, options and outputs are a contract (issue #2): scripts rely on them.
#include "Cli.h"
#include "Tr.h"

#include "crypto/Address.h"
#include "crypto/Bip32.h"
#include "crypto/Bip39.h"
#include "crypto/PersonalSign.h"
#include "crypto/WalletStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace inkan::cli {

using namespace inkan::crypto;

namespace {

const QString kCreate = QStringLiteral("inkan-cli [--data-dir DIR] [--json] wallet create [--words 12|24] [--light] [--show-mnemonic]");
const QString kList = QStringLiteral("inkan-cli [--data-dir DIR] [--json] wallet list");
const QString kImportKeystore = QStringLiteral("inkan-cli [--data-dir DIR] [--json] wallet import-keystore FILE");
const QString kImportMnemonic = QStringLiteral("inkan-cli [--data-dir DIR] [--json] wallet import-mnemonic [--index N] [--light]");
const QString kImportKey = QStringLiteral("inkan-cli [--data-dir DIR] [--json] wallet import-key [--light]");
const QString kExport = QStringLiteral("inkan-cli [--data-dir DIR] [--json] wallet export ADDRESS [--out FILE] [--light] [--new-password-file FILE]");
const QString kSign = QStringLiteral("inkan-cli [--data-dir DIR] [--json] wallet sign ADDRESS (--message TEXT | --message-file FILE | --hex 0x…)");
const QString kRecover = QStringLiteral("inkan-cli [--json] wallet recover --signature SIG (--message TEXT | --message-file FILE | --hex 0x…)");
const QString kChecksum = QStringLiteral("inkan-cli [--json] wallet checksum ADDRESS");
const QString kChangePassword = QStringLiteral("inkan-cli [--data-dir DIR] [--json] wallet change-password ADDRESS [--new-password-file FILE] [--light]");
const QString kRemove = QStringLiteral("inkan-cli [--data-dir DIR] [--json] wallet remove ADDRESS [--destroy]");

keystore::Strength strengthOf(const Arguments &args)
{
    return args.has(QStringLiteral("light")) ? keystore::Strength::Light : keystore::Strength::Standard;
}

QJsonObject accountJson(const WalletKey &account)
{
    return QJsonObject{{QStringLiteral("address"), account.address.toChecksummed()},
                       {QStringLiteral("file"), account.path}};
}

bool hasOneMessageSource(const Arguments &args)
{
    return int(args.has(QStringLiteral("message"))) + int(args.has(QStringLiteral("message-file")))
        + int(args.has(QStringLiteral("hex")))
        == 1;
}

/// --message TEXT (UTF-8), --message-file FILE (its bytes) or --hex 0x… (the bytes it spells).
Result<QByteArray> messageOf(const Arguments &args)
{
    if (args.has(QStringLiteral("message")))
        return args.value(QStringLiteral("message")).toUtf8();
    if (args.has(QStringLiteral("hex")))
        return personal::bytesFromHex(args.value(QStringLiteral("hex")));
    QFile file(args.value(QStringLiteral("message-file")));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::NotFound, inkan::tr("The message file %1 cannot be read: %2.").arg(file.fileName(), file.errorString()));
    return file.readAll();
}

int create(Context &ctx, const QStringList &rawArgs)
{
    int exitCode = ExitOk;
    const std::optional<Arguments> args = parseCommand(ctx, rawArgs, {QStringLiteral("light"), QStringLiteral("show-mnemonic")},
                                                       {QStringLiteral("words")}, 0, kCreate, exitCode);
    if (!args)
        return exitCode;
    const QString wordsText = args->value(QStringLiteral("words"), QStringLiteral("12"));
    if (wordsText != u"12" && wordsText != u"24")
        return ctx.usage(inkan::tr("--words takes 12 or 24, not '%1'.").arg(wordsText), kCreate);
    Result<SecureBytes> password = ctx.readPassword(inkan::tr("Password for the new account: "), true);
    if (!password)
        return ctx.fail(password.error());
    WalletStore store(ctx.keystoreDir());
    Result<WalletStore::Created> created = store.create(wordsText.toInt(), *password, strengthOf(*args));
    if (!created)
        return ctx.fail(created.error());
    const bool showMnemonic = args->has(QStringLiteral("show-mnemonic"));
    if (ctx.json) {
        QJsonObject object = accountJson(created->account);
        object.insert(QStringLiteral("path"), bip32::ethereumPath(0));
        if (!showMnemonic)
            return ctx.succeed({}, object);
        ctx.succeedWithSecret(object, QLatin1StringView("mnemonic"), created->mnemonic);
        return ExitOk;
    }
    ctx.succeed(created->account.address.toChecksummed(), {});
    if (showMnemonic)
        ctx.printSecretLine(created->mnemonic);
    return ExitOk;
}

int list(Context &ctx, const QStringList &rawArgs)
{
    int exitCode = ExitOk;
    if (!parseCommand(ctx, rawArgs, {}, {}, 0, kList, exitCode))
        return exitCode;
    Result<QList<WalletKey>> accounts = WalletStore(ctx.keystoreDir()).list();
    if (!accounts)
        return ctx.fail(accounts.error());
    QStringList lines;
    QJsonArray array;
    for (const WalletKey &account : std::as_const(*accounts)) {
        lines.append(account.address.toChecksummed());
        array.append(accountJson(account));
    }
    return ctx.succeed(lines.join(u'\n'), QJsonObject{{QStringLiteral("accounts"), array}});
}

int importKeystore(Context &ctx, const QStringList &rawArgs)
{
    int exitCode = ExitOk;
    const std::optional<Arguments> args = parseCommand(ctx, rawArgs, {}, {}, 1, kImportKeystore, exitCode);
    if (!args)
        return exitCode;
    QFile file(args->positional.first());
    if (!file.open(QIODevice::ReadOnly))
        return ctx.fail(makeError(ErrorKind::NotFound, inkan::tr("The keystore file %1 cannot be read: %2.").arg(file.fileName(), file.errorString())));
    const QByteArray json = file.read(keystore::kMaxFileSize + 1);
    Result<SecureBytes> password = ctx.readPassword(inkan::tr("Password of the keystore file: "));
    if (!password)
        return ctx.fail(password.error());
    Result<WalletKey> account = WalletStore(ctx.keystoreDir()).importKeystore(json, *password);
    if (!account)
        return ctx.fail(account.error());
    return ctx.succeed(account->address.toChecksummed(), accountJson(*account));
}

int importMnemonic(Context &ctx, const QStringList &rawArgs)
{
    int exitCode = ExitOk;
    const std::optional<Arguments> args =
        parseCommand(ctx, rawArgs, {QStringLiteral("light")}, {QStringLiteral("index")}, 0, kImportMnemonic, exitCode);
    if (!args)
        return exitCode;
    bool isNumber = false;
    const uint index = args->value(QStringLiteral("index"), QStringLiteral("0")).toUInt(&isNumber);
    if (!isNumber || index >= bip32::kHardened)
        return ctx.usage(inkan::tr("--index takes a whole number from 0 to 2147483647."), kImportMnemonic);
    Result<SecureBytes> mnemonic = ctx.readSecretFromStdin(inkan::tr("Mnemonic words: "));
    if (!mnemonic)
        return ctx.fail(mnemonic.error());
    WalletStore store(ctx.keystoreDir());
    // Validate the words before asking for a password, so a typo is reported first.
    Result<void> valid = bip39::validate(bip39::normalizeMnemonic(*mnemonic));
    if (!valid)
        return ctx.fail(valid.error());
    Result<SecureBytes> password = ctx.readPassword(inkan::tr("Password for the imported account: "), true);
    if (!password)
        return ctx.fail(password.error());
    Result<WalletKey> account = store.importMnemonic(*mnemonic, SecureBytes(), index, *password, strengthOf(*args));
    if (!account)
        return ctx.fail(account.error());
    QJsonObject object = accountJson(*account);
    object.insert(QStringLiteral("path"), bip32::ethereumPath(index));
    return ctx.succeed(account->address.toChecksummed(), object);
}

int importKey(Context &ctx, const QStringList &rawArgs)
{
    int exitCode = ExitOk;
    const std::optional<Arguments> args = parseCommand(ctx, rawArgs, {QStringLiteral("light")}, {}, 0, kImportKey, exitCode);
    if (!args)
        return exitCode;
    Result<SecureBytes> hex = ctx.readSecretFromStdin(inkan::tr("Private key (0x and 64 hex digits): "));
    if (!hex)
        return ctx.fail(hex.error());
    const SecureBytes bytes = SecureBytes::fromHex(hex->view());
    if (bytes.size() != 32) {
        return ctx.fail(makeError(ErrorKind::InvalidInput,
                                  inkan::tr("The private key must be 64 hex digits, optionally after 0x.")));
    }
    Result<PrivateKey> key = PrivateKey::fromBytes(bytes);
    if (!key)
        return ctx.fail(key.error());
    Result<SecureBytes> password = ctx.readPassword(inkan::tr("Password for the imported account: "), true);
    if (!password)
        return ctx.fail(password.error());
    Result<WalletKey> account = WalletStore(ctx.keystoreDir()).importPrivateKey(*key, *password, strengthOf(*args));
    if (!account)
        return ctx.fail(account.error());
    return ctx.succeed(account->address.toChecksummed(), accountJson(*account));
}

int exportAccount(Context &ctx, const QStringList &rawArgs)
{
    int exitCode = ExitOk;
    const std::optional<Arguments> args =
        parseCommand(ctx, rawArgs, {QStringLiteral("light")}, {QStringLiteral("out"), QStringLiteral("new-password-file")},
                     1, kExport, exitCode);
    if (!args)
        return exitCode;
    Result<Address> address = Address::parse(args->positional.first());
    if (!address)
        return ctx.fail(address.error());
    WalletStore store(ctx.keystoreDir());
    const bool newPasswordGiven = args->has(QStringLiteral("new-password-file"));
    // The stored file as it is, unless it is to be re-encrypted: under a new password, or
    // (--light alone) under the same password with geth's light scrypt, for slower devices.
    Result<QByteArray> json = makeError(ErrorKind::Internal, QString());
    if (newPasswordGiven || args->has(QStringLiteral("light"))) {
        std::optional<SecureBytes> newPassword;
        if (newPasswordGiven) {
            Result<SecureBytes> fromFile = ctx.readPasswordFile(args->value(QStringLiteral("new-password-file")));
            if (!fromFile)
                return ctx.fail(fromFile.error());
            newPassword = std::move(fromFile).value();
        }
        // Fail fast on an unknown address before asking for a password.
        if (Result<WalletKey> account = store.find(*address); !account)
            return ctx.fail(account.error());
        Result<SecureBytes> password = ctx.readPassword(inkan::tr("Password of the account: "));
        if (!password)
            return ctx.fail(password.error());
        json = store.exportKeystore(*address, *password, newPassword ? *newPassword : *password, strengthOf(*args));
    } else {
        json = store.exportKeystore(*address);
    }
    if (!json)
        return ctx.fail(json.error());

    const QString out = args->value(QStringLiteral("out"));
    if (!out.isEmpty()) {
        if (Result<void> written = writePrivateFile(out, *json); !written)
            return ctx.fail(written.error());
        return ctx.succeed(address->toChecksummed(),
                           QJsonObject{{QStringLiteral("address"), address->toChecksummed()}, {QStringLiteral("file"), out}});
    }
    return ctx.succeed(QString::fromUtf8(*json),
                       QJsonObject{{QStringLiteral("address"), address->toChecksummed()},
                                   {QStringLiteral("keystore"), QJsonDocument::fromJson(*json).object()}});
}

int sign(Context &ctx, const QStringList &rawArgs)
{
    int exitCode = ExitOk;
    const std::optional<Arguments> args = parseCommand(
        ctx, rawArgs, {}, {QStringLiteral("message"), QStringLiteral("message-file"), QStringLiteral("hex")}, 1, kSign, exitCode);
    if (!args)
        return exitCode;
    if (!hasOneMessageSource(*args))
        return ctx.usage(inkan::tr("Give exactly one of --message, --message-file or --hex."), kSign);
    Result<Address> address = Address::parse(args->positional.first());
    if (!address)
        return ctx.fail(address.error());
    Result<QByteArray> message = messageOf(*args);
    if (!message)
        return ctx.fail(message.error());
    WalletStore store(ctx.keystoreDir());
    if (Result<WalletKey> account = store.find(*address); !account)
        return ctx.fail(account.error());
    Result<SecureBytes> password = ctx.readPassword(inkan::tr("Password of the account: "));
    if (!password)
        return ctx.fail(password.error());
    Result<PrivateKey> key = store.unlock(*address, *password);
    if (!key)
        return ctx.fail(key.error());
    const QString signature = personal::sign(*key, *message);
    return ctx.succeed(signature, QJsonObject{{QStringLiteral("address"), address->toChecksummed()},
                                              {QStringLiteral("signature"), signature}});
}

int recover(Context &ctx, const QStringList &rawArgs)
{
    int exitCode = ExitOk;
    const std::optional<Arguments> args = parseCommand(
        ctx, rawArgs, {},
        {QStringLiteral("signature"), QStringLiteral("message"), QStringLiteral("message-file"), QStringLiteral("hex")}, 0,
        kRecover, exitCode);
    if (!args)
        return exitCode;
    if (!args->has(QStringLiteral("signature")))
        return ctx.usage(inkan::tr("--signature is required."), kRecover);
    if (!hasOneMessageSource(*args))
        return ctx.usage(inkan::tr("Give exactly one of --message, --message-file or --hex."), kRecover);
    Result<QByteArray> message = messageOf(*args);
    if (!message)
        return ctx.fail(message.error());
    Result<Address> signer = personal::recover(*message, args->value(QStringLiteral("signature")));
    if (!signer)
        return ctx.fail(signer.error());
    return ctx.succeed(signer->toChecksummed(), QJsonObject{{QStringLiteral("address"), signer->toChecksummed()}});
}

int checksum(Context &ctx, const QStringList &rawArgs)
{
    int exitCode = ExitOk;
    const std::optional<Arguments> args = parseCommand(ctx, rawArgs, {}, {}, 1, kChecksum, exitCode);
    if (!args)
        return exitCode;
    Result<Address> address = Address::parse(args->positional.first());
    if (!address)
        return ctx.fail(address.error());
    return ctx.succeed(address->toChecksummed(), QJsonObject{{QStringLiteral("address"), address->toChecksummed()}});
}

int changePassword(Context &ctx, const QStringList &rawArgs)
{
    int exitCode = ExitOk;
    const std::optional<Arguments> args = parseCommand(ctx, rawArgs, {QStringLiteral("light")},
                                                       {QStringLiteral("new-password-file")}, 1, kChangePassword, exitCode);
    if (!args)
        return exitCode;
    Result<Address> address = Address::parse(args->positional.first());
    if (!address)
        return ctx.fail(address.error());
    WalletStore store(ctx.keystoreDir());
    if (Result<WalletKey> account = store.find(*address); !account)
        return ctx.fail(account.error());
    Result<SecureBytes> password = ctx.readPassword(inkan::tr("Current password: "));
    if (!password)
        return ctx.fail(password.error());
    Result<SecureBytes> newPassword = args->has(QStringLiteral("new-password-file"))
        ? ctx.readPasswordFile(args->value(QStringLiteral("new-password-file")))
        : ctx.readNewPasswordFromTerminal(inkan::tr("New password: "));
    if (!newPassword)
        return ctx.fail(newPassword.error());
    if (Result<void> changed = store.changePassword(*address, *password, *newPassword, strengthOf(*args)); !changed)
        return ctx.fail(changed.error());
    return ctx.succeed(address->toChecksummed(), QJsonObject{{QStringLiteral("address"), address->toChecksummed()}});
}

int remove(Context &ctx, const QStringList &rawArgs)
{
    int exitCode = ExitOk;
    const std::optional<Arguments> args = parseCommand(ctx, rawArgs, {QStringLiteral("destroy")}, {}, 1, kRemove, exitCode);
    if (!args)
        return exitCode;
    Result<Address> address = Address::parse(args->positional.first());
    if (!address)
        return ctx.fail(address.error());
    const bool destroy = args->has(QStringLiteral("destroy"));
    Result<QString> movedTo = WalletStore(ctx.keystoreDir())
                                  .remove(*address, destroy ? WalletStore::Removal::Destroy : WalletStore::Removal::MoveAside);
    if (!movedTo)
        return ctx.fail(movedTo.error());
    QJsonObject object{{QStringLiteral("address"), address->toChecksummed()}, {QStringLiteral("destroyed"), destroy}};
    if (!destroy)
        object.insert(QStringLiteral("file"), *movedTo);
    return ctx.succeed(address->toChecksummed(), object);
}

struct WalletCommand {
    const char *name;
    int (*run)(Context &, const QStringList &);
};

const WalletCommand kWalletCommands[] = {
    {"create", create},
    {"list", list},
    {"import-keystore", importKeystore},
    {"import-mnemonic", importMnemonic},
    {"import-key", importKey},
    {"export", exportAccount},
    {"sign", sign},
    {"recover", recover},
    {"checksum", checksum},
    {"change-password", changePassword},
    {"remove", remove},
};

} // namespace

man::CommandGroup walletHelp()
{
    return {inkan::tr("Wallet (accounts in DATA/keystore, geth/MetaMask-compatible keystore v3 files):"),
            {helpEntry(kCreate, inkan::tr("Makes a new mnemonic and its first account; prints the address."),
                    QStringLiteral("INKAN_PASSWORD=secret inkan-cli wallet create --light")),
             helpEntry(kList, inkan::tr("Prints every account's address."), QStringLiteral("inkan-cli wallet list")),
             helpEntry(kImportKeystore, inkan::tr("Imports a keystore v3 file; asks for its password."),
                    QStringLiteral("inkan-cli --password-file pw.txt wallet import-keystore UTC--2024…")),
             helpEntry(kImportMnemonic, inkan::tr("Imports account N (m/44'/60'/0'/0/N) of the mnemonic read from stdin."),
                    QStringLiteral("echo 'test test … junk' | inkan-cli wallet import-mnemonic --index 1 --light")),
             helpEntry(kImportKey, inkan::tr("Imports the 0x-hex private key read from stdin."),
                    QStringLiteral("inkan-cli wallet import-key --light < key.txt")),
             helpEntry(kExport, inkan::tr("Prints (or writes to FILE) the account's keystore; re-encrypted under the new password if one is given, with light scrypt if --light."),
                    QStringLiteral("inkan-cli wallet export 0xf39F…2266 --out backup.json")),
             helpEntry(kSign, inkan::tr("Signs the message with EIP-191 personal_sign; prints the 0x signature."),
                    QStringLiteral("inkan-cli wallet sign 0xf39F…2266 --message 'hello'")),
             helpEntry(kRecover, inkan::tr("Prints the address that made a personal_sign signature."),
                    QStringLiteral("inkan-cli wallet recover --signature 0x… --message 'hello'")),
             helpEntry(kChecksum, inkan::tr("Prints the address in EIP-55 mixed case; refuses a wrong checksum."),
                    QStringLiteral("inkan-cli wallet checksum 0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266")),
             helpEntry(kChangePassword, inkan::tr("Re-encrypts the account under a new password."),
                    QStringLiteral("inkan-cli wallet change-password 0xf39F…2266 --new-password-file new.txt")),
             helpEntry(kRemove, inkan::tr("Moves the account's file to DATA/keystore/removed (--destroy deletes it)."),
                    QStringLiteral("inkan-cli wallet remove 0xf39F…2266"))}};
}

int runWallet(Context &ctx, const QStringList &args)
{
    if (args.isEmpty() && ctx.json)
        return ctx.usage(inkan::tr("No wallet command given; 'inkan-cli wallet help' lists them."), QString());
    if (args.isEmpty() || args.first() == u"help" || args.first() == u"--help") {
        ctx.out() << helpText(walletHelp());
        ctx.out().flush();
        return args.isEmpty() ? ExitUsage : ExitOk;
    }
    for (const WalletCommand &command : kWalletCommands) {
        if (args.first() == QLatin1String(command.name))
            return command.run(ctx, args.mid(1));
    }
    return ctx.usage(inkan::tr("Unknown wallet command '%1'; 'inkan-cli wallet help' lists them.").arg(args.first()), QString());
}

} // namespace inkan::cli
