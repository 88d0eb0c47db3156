import { Link } from 'react-router-dom';
import { OPEN_DATA_ROUTE } from '../modules/open-data/routes';

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <div className="site-footer__about">
          <p className="site-footer__lead">Peer support, not medical advice.</p>
          <p>
            Members share their own experience of living with a condition. Talk to your GP, nurse or pharmacist
            before changing any treatment.
          </p>
          <p className="site-footer__small">
            Kindred is open source. Your handle is public; your email address never is.
          </p>
          <p className="site-footer__small">
            <Link to={OPEN_DATA_ROUTE}>Open data</Link>: what members report, counted without names, each quarter.
          </p>
        </div>
        <div className="site-footer__crisis">
          <h2 className="site-footer__heading">Need help now?</h2>
          <ul className="crisis-list">
            <li>
              Emergency: call <a href="tel:999">999</a>
            </li>
            <li>
              Urgent medical help: call <a href="tel:111">NHS 111</a>
            </li>
            <li>
              Someone to talk to, day or night: Samaritans on <a href="tel:116123">116 123</a>
            </li>
          </ul>
        </div>
      </div>
    </footer>
  );
}
