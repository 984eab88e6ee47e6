package org.latih.kernel.identity.activation.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Plain-text mail through the SMTP server of {@code latih.mail.smtp.*}, by the Jakarta Mail that
 * Payara Micro ships. Off unless {@code latih.mail.smtp.host} is set. Mail leaves after the request
 * has answered, on the server's managed executor: a slow or absent SMTP server neither holds a
 * database connection nor shows in the time of an answer (which must not tell whether an account
 * exists). A failed message is logged with the recipient's user id, never with its text, which may
 * carry a code or a link.
 */
@ApplicationScoped
public class Mailer {

  private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

  @Inject
  @ConfigProperty(name = "latih.mail.smtp.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "latih.mail.smtp.port", defaultValue = "587")
  int port;

  /** starttls (the default), ssl (SMTPS, usually port 465) or none (a relay on the same host). */
  @Inject
  @ConfigProperty(name = "latih.mail.smtp.security", defaultValue = "starttls")
  String security;

  @Inject
  @ConfigProperty(name = "latih.mail.smtp.user")
  Optional<String> user;

  @Inject
  @ConfigProperty(name = "latih.mail.smtp.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "latih.mail.from", defaultValue = "Latih <latih@localhost>")
  String from;

  @Inject
  @ConfigProperty(name = "latih.mail.timeout-ms", defaultValue = "10000")
  int timeoutMillis;

  @Resource ManagedExecutorService executor;

  /** One message to one person; {@code userId} names them in the log if it fails. */
  public record Mail(long userId, String to, String subject, String text) {}

  /**
   * Messages to send once the transaction that fired this commits: a link or code must not reach
   * anyone before the row that makes it valid does, nor at all if that transaction rolls back.
   */
  public record Outbox(List<Mail> mails) {}

  public boolean configured() {
    return host.filter(h -> !h.isBlank()).isPresent();
  }

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox outbox) {
    sendLater(outbox.mails());
  }

  /** Queues the messages, sent one after another over one connection; nothing if mail is off. */
  public void sendLater(List<Mail> mails) {
    if (!configured() || mails.isEmpty()) {
      return;
    }
    executor.execute(() -> send(mails));
  }

  void send(List<Mail> mails) {
    Session session = session();
    try (Transport transport = session.getTransport()) {
      transport.connect();
      for (Mail mail : mails) {
        try {
          MimeMessage message = new MimeMessage(session);
          message.setFrom(new InternetAddress(from));
          message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.to()));
          message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
          message.setText(mail.text(), StandardCharsets.UTF_8.name());
          message.saveChanges();
          transport.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException | RuntimeException e) {
          LOG.log(
              Level.WARNING,
              "Mail to user {0} not sent: {1}",
              new Object[] {mail.userId(), e.getMessage()});
        }
      }
    } catch (MessagingException | RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "SMTP server {0}:{1} not reached; {2} message(s) not sent: {3}",
          new Object[] {host.orElse("-"), port, mails.size(), e.getMessage()});
    }
  }

  private Session session() {
    String mode = security.strip().toLowerCase(Locale.ROOT);
    String protocol = mode.equals("ssl") ? "smtps" : "smtp";
    Properties props = new Properties();
    props.put("mail.transport.protocol", protocol);
    props.put("mail." + protocol + ".host", host.orElseThrow());
    props.put("mail." + protocol + ".port", String.valueOf(port));
    props.put("mail." + protocol + ".connectiontimeout", String.valueOf(timeoutMillis));
    props.put("mail." + protocol + ".timeout", String.valueOf(timeoutMillis));
    props.put("mail." + protocol + ".writetimeout", String.valueOf(timeoutMillis));
    if (mode.equals("starttls")) {
      props.put("mail.smtp.starttls.enable", "true");
      props.put("mail.smtp.starttls.required", "true");
    }
    if (!mode.equals("none")) {
      props.put("mail." + protocol + ".ssl.checkserveridentity", "true");
    }
    Authenticator login = null;
    if (user.filter(u -> !u.isBlank()).isPresent()) {
      props.put("mail." + protocol + ".auth", "true");
      String name = user.get();
      String secret = password.orElse("");
      login =
          new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
              return new PasswordAuthentication(name, secret);
            }
          };
    }
    return Session.getInstance(props, login);
  }
}
